package org.deputyaction.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1 in Chinese: 利川市's staff record a problem found at 龙船调代表联络站 with a photo,
 * write it up as a suggestion, assign it to 利川市交通运输局, urge, record the unit's reply and
 * the deputy's rating, and see the item closed with every step on its timeline; and the
 * work queue on a phone.
 */
class StaffLoopBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	@Test
	void countyStaffTakeAProblemRoundTheWholeLoop() throws IOException {
		String tag = Long.toString(System.nanoTime(), 36);
		Page page = open(Screen.DESKTOP);
		signIn(page, "staff-lichuan");

		page.navigate(url("/work"));
		page.locator("[data-testid=record-problem]").click();
		page.getByLabel("代表之家/联络站").fill("ES-LC-DT-01");
		page.getByLabel("标题").fill("龙船调广场路灯不亮 " + tag);
		page.getByLabel("问题描述").fill("广场东侧三盏路灯不亮,夜间出行不便。");
		page.getByLabel("问题来源").selectOption("RECEPTION_DAY");
		page.getByLabel("选民姓名").fill("周女士");
		page.getByLabel("联系电话").fill("13900000000");
		page.getByLabel("照片和材料").setInputFiles(new FilePayload("路灯.png", "image/png", png()));
		page.locator("[data-testid=save]").click();

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("问题已登记");
		assertThat(page.locator("[data-testid=title]")).hasText("龙船调广场路灯不亮 " + tag);
		assertThat(page.locator("[data-testid=attachment-link]")).containsText("路灯.png");
		assertThat(page.locator("img.loop-thumb")).isVisible();

		page.locator("[data-testid=write-up]").click();
		page.getByLabel("建议分类").selectOption(new SelectOption().setLabel("道路建设与养护"));
		page.getByLabel("届次").fill("第十届");
		page.getByLabel("领衔代表").selectOption(new SelectOption().setLabel("熊长美"));
		page.getByLabel("罗平永").check();
		page.locator("[data-testid=save]").click();
		assertThat(page.locator("[data-testid=suggestion-number]")).isVisible();
		assertThat(page.locator("[data-testid=lead-deputy]")).hasText("熊长美");

		page.getByLabel("主办单位").selectOption(new SelectOption().setLabel("利川市交通运输局 (U-LC-JT)"));
		assertThat(page.getByLabel("办理期限")).not().hasValue("");
		page.locator("details[data-action=assign] button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("建议已交办。");
		assertThat(page.locator("[data-testid=assignments]")).containsText("利川市交通运输局");

		page.locator("details[data-action=urge] summary").click();
		page.getByLabel("催办内容").fill("请于本周内修复路灯。");
		page.locator("details[data-action=urge] button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("已催办。");

		page.locator("details[data-action=reply] summary").click();
		page.locator("#reply-class-A").check();
		page.getByLabel("采取的措施").fill("已更换三盏路灯。");
		page.getByLabel("答复内容").fill("经查,路灯线路老化,已全部更换。");
		page.locator("details[data-action=reply] button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("答复已录入。");

		page.locator("#rate-handlingWork-SATISFIED").check();
		page.locator("#rate-result-SATISFIED").check();
		page.locator("details[data-action=rate] button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("代表评价已录入。");

		assertThat(page.locator("main [data-testid=status]").first()).hasText("已办结");
		assertThat(page.locator("[data-testid=result-class]")).containsText("A类");
		for (String step : new String[] { "PROBLEM_RECORDED", "PROBLEM_WRITTEN_UP", "SUGGESTION_PROPOSED", "ASSIGNED",
				"URGED", "REPLIED", "RATED", "CLOSED" }) {
			assertThat(page.locator("[data-testid=timeline] [data-action=" + step + "]")).hasCount(1);
		}
		assertThat(page.locator("[data-testid=timeline]")).containsText("请于本周内修复路灯。");
		assertNoPageErrors();
	}

	@Test
	void aProblemRecordedOnAPhoneWaitsInTheWorkQueueThatFitsTheScreen() {
		String title = "手机登记的问题 " + Long.toString(System.nanoTime(), 36);
		Page page = open(Screen.PHONE);
		signIn(page, "staff-lichuan");
		page.navigate(url("/problems/new"));
		assertThat(scrollsSideways(page)).as("the record form scrolls sideways on a phone").isFalse();
		page.getByLabel("代表之家/联络站").fill("ES-LC-DT-01");
		page.getByLabel("标题").fill(title);
		page.getByLabel("问题描述").fill("村口垃圾清运不及时。");
		page.locator("[data-testid=save]").click();
		assertThat(page.locator("[data-testid=title]")).hasText(title);

		page.navigate(url("/work"));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("[data-testid=queue-tabs] a[data-queue=NEW_PROBLEMS]")).isVisible();
		assertThat(page.locator("[data-testid=queue-tabs] a[data-queue=SEARCH]")).isVisible();
		assertThat(page.locator("[data-testid=queue-row]").filter(new Locator.FilterOptions().setHasText(title)))
			.isVisible();
		assertThat(scrollsSideways(page)).as("the work queue scrolls sideways on a phone").isFalse();
		assertNoPageErrors();
	}

	@Test
	void theQueueFiltersOfferTheCountysVenuesAndUnitsOnceTheFieldIsUsed() {
		Page page = open(Screen.DESKTOP);
		signIn(page, "staff-lichuan");
		page.navigate(url("/work?queue=SEARCH"));
		Locator venues = page.locator("datalist#venueChoices");
		assertThat(venues.locator("option")).hasCount(0);

		page.locator("details:has(form[role=search]) summary").click();
		page.locator("input[list=venueChoices]").focus();
		assertThat(venues).hasAttribute("data-loaded", "true");
		assertThat(venues.locator("option[value='ES-LC-DT-01']")).hasCount(1);
		assertThat(venues.locator("option[value='ES-ES-WYB-H']")).hasCount(0);
		page.locator("input[list=unitChoices]").focus();
		assertThat(page.locator("datalist#unitChoices")).hasAttribute("data-loaded", "true");
		assertThat(page.locator("datalist#unitChoices option[value='U-LC-JT']")).hasCount(1);

		page.locator("input[list=venueChoices]").fill("ES-LC-DT-01");
		page.locator("form[role=search] button[type=submit]").first().click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("input[list=venueChoices]")).hasValue("ES-LC-DT-01");
		assertThat(page.locator("#venue-error")).hasCount(0);
		assertNoPageErrors();
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		assertThat(page.locator("[data-testid=role-home-COUNTY_STAFF]")).isVisible();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				image.setRGB(x, y, ((x + y) % 8 < 4) ? Color.ORANGE.getRGB() : Color.DARK_GRAY.getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
