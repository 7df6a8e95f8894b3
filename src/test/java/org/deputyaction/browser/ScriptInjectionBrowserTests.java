package org.deputyaction.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored script: county staff record a problem whose title is a script and an image with
 * an error handler, and write it up as a public suggestion. The staff page and the
 * station's public list show the title as text; no script runs, no dialog opens, and the
 * page's content security policy is never even tested.
 */
class ScriptInjectionBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	@Test
	void aScriptInATitleIsShownAsTextOnTheStaffPageAndThePublicList() {
		String tag = Long.toString(System.nanoTime(), 36);
		String title = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2;alert(1)\"> " + tag;
		Page page = open(Screen.DESKTOP);
		List<String> dialogs = new ArrayList<>();
		List<String> consoleErrors = new ArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				consoleErrors.add(message.text());
			}
		});
		signIn(page);

		page.navigate(url("/problems/new"));
		page.getByLabel("代表之家/联络站").fill("ES-LC-DT-01");
		page.getByLabel("标题").fill(title);
		page.getByLabel("问题描述").fill("<b>加粗</b><iframe src=\"javascript:alert(2)\"></iframe>");
		page.getByLabel("问题来源").selectOption("RECEPTION_DAY");
		page.locator("[data-testid=save]").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("问题已登记");
		assertThat(page.locator("[data-testid=title]")).hasText(title);
		assertThat(page.locator("main#main script")).hasCount(0);
		assertThat(page.locator("main#main img[src=x]")).hasCount(0);
		assertThat(page.locator("main#main iframe")).hasCount(0);

		page.locator("[data-testid=write-up]").click();
		page.getByLabel("建议分类").selectOption(new SelectOption().setLabel("道路建设与养护"));
		page.getByLabel("届次").fill("第十届");
		page.getByLabel("领衔代表").selectOption(new SelectOption().setLabel("熊长美"));
		page.locator("[data-testid=save]").click();
		assertThat(page.locator("[data-testid=suggestion-number]")).isVisible();
		assertThat(page.locator("main#main")).containsText(title);
		assertThat(page.locator("main#main script")).hasCount(0);
		assertThat(page.locator("main#main img[src=x]")).hasCount(0);
		assertNotRun(page);

		page.navigate(url("/public/stations/ES-LC-DT-01"));
		Locator listed = page.locator("main#main").getByText(title);
		assertThat(listed.first()).isVisible();
		assertThat(page.locator("main#main script")).hasCount(0);
		assertThat(page.locator("main#main img[src=x]")).hasCount(0);
		assertNotRun(page);

		assertThat(dialogs).as("dialogs opened by an injected script").isEmpty();
		assertThat(consoleErrors).as("console errors (a blocked inline script would be one)").isEmpty();
		assertThat(page.locator("img[src=x]")).hasCount(0);
		assertNoPageErrors();
	}

	private static void assertNotRun(Page page) {
		assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
	}

	private void signIn(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill("staff-lichuan");
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		assertThat(page.locator("[data-testid=role-home-COUNTY_STAFF]")).isVisible();
	}

}
