package org.deputyaction.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.deputyaction.suggestion.register.RegisterFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The prefecture office loads last year's register as a new user would: from the menu,
 * checks the file, imports it, and compares the county's dashboard for 2025 with the
 * totals counted by hand.
 */
class RegisterImportBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void officeImportsARegisterAndTheCountysDashboardShowsTheExpectedRates() throws Exception {
		RegisterFixture f = new RegisterFixture(this.context);
		Path file = Files.createTempDirectory("register").resolve("2025年台账.csv");
		Files.write(file, f.csv());

		Page page = open(Screen.DESKTOP);
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill("office");
		page.getByLabel("密码").fill("demo-Enshi-2026");
		page.locator("main#main form button[type=submit]").click();
		page.locator("[data-testid=menu-registers]").click();
		assertThat(page.locator("main h1")).hasText("导入台账");

		page.getByLabel("选择文件").setInputFiles(file);
		page.locator("[data-testid=register-check]").click();
		assertThat(page.locator("[data-testid=register-preview]")).containsText(f.county.getName());
		assertThat(page.locator("[data-testid=register-preview]")).containsText("20");

		page.getByLabel("选择文件").setInputFiles(file);
		page.locator("[data-testid=register-import]").click();
		assertThat(page.locator(".alert-success")).containsText("已导入 20 行台账");
		assertThat(page.locator("[data-testid=register-items] tbody tr")).hasCount(20);
		assertNoPageErrors();

		page.navigate(url("/reports?period=YEAR&year=2025&county=" + f.county.getId()));
		assertThat(page.locator("[data-testid=report-heading]")).containsText(f.county.getName());
		assertThat(page.locator("[data-testid=card-proposed] .stat-value")).hasText("13");
		assertThat(page.locator("[data-testid=card-closed] .stat-value")).hasText("7");
		assertThat(page.locator("[data-testid=card-closureRate] .stat-value")).hasText(RegisterFixture.CLOSURE_RATE);
		assertThat(page.locator("[data-testid=card-replyRate] .stat-value")).hasText(RegisterFixture.REPLY_RATE);
		assertThat(page.locator("[data-testid=card-onTimeReplyRate] .stat-value"))
			.hasText(RegisterFixture.ON_TIME_RATE);
		assertThat(page.locator("[data-testid=card-satisfactionRate] .stat-value"))
			.hasText(RegisterFixture.SATISFACTION_RATE);
		assertThat(page.locator("[data-testid=card-solvedRate] .stat-value")).hasText(RegisterFixture.SOLVED_RATE);
		assertThat(page.locator("[data-testid=card-overdue] .stat-value")).hasText("2");
		assertNoPageErrors();
	}

}
