package org.deputyaction.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reception days end to end: 利川市's staff schedule one at 龙船调代表联络站 with the demo deputy on
 * duty, the station's public page announces it, staff record it afterwards with a new
 * problem found there, and the deputy's duty record shows both, on a phone.
 */
class ReceptionBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	private static final String STATION = "ES-LC-DT-01";

	@Test
	void aScheduledReceptionDayIsAnnouncedRecordedAndShownInTheDeputysDutyRecord() {
		String tag = Long.toString(System.nanoTime(), 36);
		String theme = "共同缔造听民意 " + tag;
		String place = "龙船调广场议事亭 " + tag;
		String problem = "广场护栏松动 " + tag;
		Page page = open(Screen.DESKTOP);
		signIn(page, "staff-lichuan", "COUNTY_STAFF");

		page.navigate(url("/receptions/new?venue=" + STATION));
		page.getByLabel("日期").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		page.getByLabel("地点").fill(place);
		page.getByLabel("主题").fill(theme);
		page.locator("[data-testid=on-duty] input[type=checkbox]").first().check();
		page.locator("[data-testid=schedule-submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("活动已安排");
		String sessionUrl = page.url();

		page.navigate(url("/public/stations/" + STATION));
		assertThat(page.locator("[data-testid=reception-upcoming]")).containsText(place);
		assertThat(page.locator("[data-testid=reception-upcoming]")).containsText(theme);

		page.navigate(sessionUrl);
		page.locator("[data-testid=record-link]").click();
		page.getByLabel("接待选民人数").fill("15");
		page.getByLabel("活动纪要").fill("选民反映广场护栏松动,代表约定一周内回复。");
		page.locator("[data-testid=record-submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("活动记录已保存");
		assertThat(page.locator("[data-testid=session-voters]")).hasText("15");

		page.locator("[data-testid=new-problem-link]").click();
		assertThat(page.locator("[data-testid=problem-prefill]")).containsText("接待日");
		page.getByLabel("标题").fill(problem);
		page.getByLabel("问题描述").fill("广场东侧护栏松动,老人小孩经过有危险。");
		page.locator("[data-testid=session-problem-submit]").click();
		assertThat(page.locator("[data-testid=session-problems]")).containsText(problem);
		assertNoPageErrors();

		Page phone = open(Screen.PHONE);
		signIn(phone, "deputy", "DEPUTY");
		phone.locator("[data-testid=my-duty-record-link]").click();
		assertThat(phone.locator("[data-testid=duty-sessions]")).containsText(theme);
		assertThat(phone.locator("[data-testid=duty-problems]")).containsText(problem);
		assertThat(phone.locator("[data-testid=duty-figures]")).isVisible();
		assertThat(scrollsSideways(phone)).as("the duty record scrolls sideways on a phone").isFalse();
		assertNoPageErrors();
	}

	private void signIn(Page page, String username, String role) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		assertThat(page.locator("[data-testid=role-home-" + role + "]")).isVisible();
	}

}
