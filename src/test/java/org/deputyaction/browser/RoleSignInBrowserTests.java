package org.deputyaction.browser;

import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every demo account signs in through the form, lands on its role's own page with its
 * name in the header, and signs out again: in Chinese and in English, on a desktop and on
 * a phone.
 */
class RoleSignInBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	static Stream<Arguments> accountsLanguagesAndScreens() {
		Stream.Builder<Arguments> arguments = Stream.builder();
		for (DemoAccount account : DemoAccount.values()) {
			for (Language language : Language.values()) {
				for (Screen screen : Screen.values()) {
					arguments.add(Arguments.of(account, language, screen));
				}
			}
		}
		return arguments.build();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("accountsLanguagesAndScreens")
	void demoAccountSignsInLandsOnItsRolePageAndSignsOut(DemoAccount account, Language language, Screen screen) {
		Page page = open(screen);
		page.navigate(url("/login" + language.query));
		assertThat(page.locator("html")).hasAttribute("lang", language.tag);
		page.getByLabel(language.username).fill(account.username);
		page.getByLabel(language.password).fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();

		assertThat(page.locator("[data-testid=role-home-" + account.role + "]")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", language.tag);
		assertThat(page.locator(".navbar-brand")).hasText(language.appName);
		openMenuIfCollapsed(page);
		Locator currentUser = page.locator("header [data-testid=current-user]");
		assertThat(currentUser).isVisible();
		assertThat(currentUser).not().isEmpty();
		assertNoPageErrors();

		page.locator("header form[action$='/logout'] button[type=submit]").click();
		page.waitForURL(java.util.regex.Pattern.compile(".*[?&]signedOut.*"));
		assertThat(page.locator("header a[href$='/login']")).isVisible();
		assertThat(page.locator("header [data-testid=current-user]")).hasCount(0);

		page.navigate(url("/home"));
		assertThat(page.locator("main#main form input[name=password]")).isVisible();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("screens")
	void wrongPasswordIsRefusedWithAMessage(Screen screen) {
		Page page = open(screen);
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(DemoAccount.COUNTY_STAFF_LICHUAN.username);
		page.getByLabel("密码").fill("not-the-password");
		page.locator("main#main form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("用户名或密码不正确。");
		assertThat(page.locator("header [data-testid=current-user]")).hasCount(0);
	}

	static Stream<Screen> screens() {
		return Stream.of(Screen.values());
	}

	/**
	 * On a narrow screen the staff header folds behind the menu button, as it does for a
	 * user.
	 */
	private static void openMenuIfCollapsed(Page page) {
		// The menu button works once Bootstrap's script has run, at the page's load
		// event.
		page.waitForLoadState(LoadState.LOAD);
		Locator toggler = page.locator("header .navbar-toggler");
		if (toggler.isVisible()) {
			toggler.click();
			// Bootstrap adds "show" once the opening animation has finished.
			assertThat(page.locator("header .navbar-collapse.show")).isVisible();
		}
	}

	enum DemoAccount {

		ADMIN("admin", "ADMIN"), OFFICE("office", "PREFECTURE_OFFICE"),
		COUNTY_STAFF_LICHUAN("staff-lichuan", "COUNTY_STAFF"), COUNTY_STAFF_ENSHI("staff-enshi", "COUNTY_STAFF"),
		DEPUTY("deputy", "DEPUTY"), HANDLING_UNIT("unit", "HANDLING_UNIT");

		final String username;

		final String role;

		DemoAccount(String username, String role) {
			this.username = username;
			this.role = role;
		}

	}

	enum Language {

		CHINESE("", "zh-CN", "用户名", "密码", "代表行动"), ENGLISH("?lang=en", "en", "User name", "Password", "Deputy Action");

		final String query;

		final String tag;

		final String username;

		final String password;

		final String appName;

		Language(String query, String tag, String username, String password, String appName) {
			this.query = query;
			this.tag = tag;
			this.username = username;
			this.password = password;
			this.appName = appName;
		}

	}

}
