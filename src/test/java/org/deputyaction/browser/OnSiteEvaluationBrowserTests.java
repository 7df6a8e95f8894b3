package org.deputyaction.browser;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On-site evaluation at a meeting: 利川市's staff start an evaluation of a replied item and
 * show its code; a voter's phone opens the code's page and rates the result; a second
 * rating from the same phone is not counted; the counts reach the presenter's screen and
 * the station's public handling-result list.
 */
class OnSiteEvaluationBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void staffStartAnEvaluationAndAPhoneRatesOnce() {
		Map<String, Object> item = this.jdbc.queryForMap("""
				select s.id, s.number, v.code, v.kind from suggestion s join venue v on v.id = s.venue_id
				 where s.county_id = (select id from county where code = 'ES-LC') and s.public_visible
				   and s.status in ('FED_BACK', 'CLOSED')
				   and not exists (select 1 from onsite_evaluation e where e.suggestion_id = s.id)
				   and not exists (select 1 from suggestion s2 where s2.venue_id = s.venue_id and s2.public_visible
				                   and s2.replied_on is not null and (s2.replied_on, s2.id) > (s.replied_on, s.id))
				 order by s.id limit 1
				""");
		String number = (String) item.get("number");

		Page staff = open(Screen.DESKTOP);
		signIn(staff);
		staff.navigate(url("/suggestions/" + item.get("id")));
		assertThat(staff.locator("[data-testid=evaluation-panel]")).containsText("现场测评");
		staff.locator("[data-testid=evaluation-start]").click();
		assertThat(staff.locator("[data-testid=evaluation-presenter]")).isVisible();
		assertThat(staff.locator("img.evaluation-qr")).isVisible();
		String code = staff.locator("[data-testid=evaluation-code]").getAttribute("data-code");
		assertThat(code).hasSize(7);
		String presenter = staff.url();
		assertNoPageErrors();

		Page phone = open(Screen.PHONE);
		phone.navigate(url("/public/evaluate"));
		phone.getByLabel("测评码").fill(code.substring(0, 3).toLowerCase() + "-" + code.substring(3));
		phone.locator("main#main form button[type=submit]").click();
		assertThat(phone.locator("[data-testid=evaluation-title]")).isVisible();
		// The same phone has the page open twice (a second tab, or the page kept from
		// before).
		Page again = phone.context().newPage();
		again.navigate(phone.url());
		assertThat(again.locator("[data-testid=evaluation-form]")).isVisible();

		phone.locator("label[data-testid=choice-SATISFIED]").click();
		phone.locator("[data-testid=evaluation-submit]").click();
		assertThat(phone.locator("[data-testid=evaluation-outcome]")).containsText("您的测评已计入");
		assertThat(phone.locator("[data-testid=evaluation-rated]")).containsText("满意");
		assertThat(phone.locator("[data-testid=evaluation-form]")).hasCount(0);
		assertThat(scrollsSideways(phone)).isFalse();

		again.locator("label[data-testid=choice-UNSATISFIED]").click();
		again.locator("[data-testid=evaluation-submit]").click();
		assertThat(again.locator("[data-testid=evaluation-outcome]")).containsText("只计第一次测评");
		assertNoPageErrors();

		Page back = open(Screen.DESKTOP);
		signIn(back);
		back.navigate(presenter);
		assertThat(back.locator("[data-testid=count-SATISFIED]")).hasText("1");
		assertThat(back.locator("[data-testid=count-UNSATISFIED]")).hasText("0");

		String list = "DEPUTY_HOME".equals(item.get("kind")) ? "/public/homes/" : "/public/stations/";
		back.navigate(url(list + item.get("code") + "?list=results"));
		Locator row = back.locator("[data-testid=table-RESULTS] tr", new Page.LocatorOptions().setHasText(number));
		assertThat(row.locator("[data-testid=voter-ratings]")).hasText("满意 1 / 基本满意 0 / 不满意 0");
	}

	private void signIn(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill("staff-lichuan");
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		assertThat(page.locator("[data-testid=role-home-COUNTY_STAFF]")).isVisible();
	}

}
