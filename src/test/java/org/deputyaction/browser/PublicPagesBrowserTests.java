package org.deputyaction.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A voter's first look, without an account: the prefecture's public home page in both
 * languages, on a desktop and on a phone.
 */
class PublicPagesBrowserTests extends BrowserTest {

	@ParameterizedTest
	@EnumSource(Screen.class)
	void homePageIsChineseByDefault(Screen screen) {
		Page page = open(screen);
		Response response = page.navigate(url("/"));
		Assertions.assertThat(response.status()).isEqualTo(200);
		assertThat(page).hasTitle("代表行动");
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page.locator(".navbar-brand")).hasText("代表行动");
		assertThat(page.locator("main#main h1")).isVisible();
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();
		assertNoPageErrors();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void homePageListsTheEightCountiesOfTheDemoData(Screen screen) {
		Page page = open(screen);
		page.navigate(url("/"));
		assertThat(page.locator("[data-testid=county-list] tbody tr")).hasCount(8);
		assertThat(page.locator("[data-testid=prefecture-totals]")).hasText("8 个县市,92 个人大代表之家,495 个代表联络站");
		assertThat(page.locator("[data-testid=county-list]")).containsText("利川市");
		assertThat(page.locator("[data-testid=county-list]")).containsText("恩施市");
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();
		assertNoPageErrors();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void languageSwitchShowsTheHomePageInEnglishAndBack(Screen screen) {
		Page page = open(screen);
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".navbar-brand")).hasText("Deputy Action");
		assertThat(page).hasTitle("Deputy Action");

		page.navigate(url("/login"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("main#main h1")).hasText("Sign in");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文").setExact(true)).click();
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page.locator("main#main h1")).hasText("登录");
		assertNoPageErrors();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void unknownStationGetsAFriendlyNotFoundPage(Screen screen) {
		Page page = open(screen);
		Response response = page.navigate(url("/public/stations/NO-SUCH-STATION"));
		Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("main#main h1")).hasText("页面不存在");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回首页"))).isVisible();
		Assertions.assertThat(page.content()).doesNotContain("Exception");
		assertNoPageErrors();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void unknownStationInEnglishGetsTheNotFoundPageInEnglish(Screen screen) {
		Page page = open(screen);
		Response response = page.navigate(url("/public/stations/NO-SUCH-STATION?lang=en"));
		Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("main#main h1")).hasText("Page not found");
		assertNoPageErrors();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void voterFindsTheLongchuandiaoStationFromTheHomePageThroughItsCounty(Screen screen) {
		Page page = open(screen);
		page.navigate(url("/"));
		page.locator("[data-testid=county-list]")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("利川市").setExact(true))
			.click();
		assertThat(page.locator("main#main h1")).hasText("利川市");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("龙船调代表联络站").setExact(true)).click();
		assertThat(page.locator("main#main h1")).hasText("龙船调代表联络站");
		Assertions.assertThat(page.url()).contains("/public/stations/");
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();
		assertNoPageErrors();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void keyboardUsersCanSkipStraightToTheContent(Screen screen) {
		Page page = open(screen);
		page.navigate(url("/"));
		page.keyboard().press("Tab");
		Locator skipLink = page.locator("a[href='#main']");
		assertThat(skipLink).isFocused();
		assertThat(skipLink).isVisible();
		assertThat(skipLink).hasText("跳到正文");
		page.keyboard().press("Enter");
		// the browser moves to the fragment after the key press: the assertion waits for
		// it
		assertThat(page).hasURL(Pattern.compile(".*#main$"));
	}

}
