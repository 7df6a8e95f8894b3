package org.deputyaction.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every browser test: the whole application on a random port (one application
 * context shared by all browser tests), Debian's Chromium driven by Playwright (one
 * browser per test class), and a fresh browser context per test, so that no cookie,
 * language or session leaks from one test into the next. A failing test leaves a
 * screenshot under {@code target/browser-screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	private static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	private Page page;

	private final List<String> pageErrors = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		// Shared CI machines can be slow: wait for what a user waits for, longer than the
		// default five seconds.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
			this.page = null;
		}
	}

	/**
	 * Opens a fresh browser context with the screen's size and returns its page. Script
	 * errors and content-security-policy violations on the page are collected for
	 * {@link #assertNoPageErrors()}.
	 */
	protected Page open(Screen screen) {
		closeContext();
		this.pageErrors.clear();
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(screen.width, screen.height)
			.setIsMobile(screen.mobile)
			.setHasTouch(screen.mobile)
			.setLocale("zh-CN"));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
		this.page.onPageError((error) -> this.pageErrors.add(error));
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
				this.pageErrors.add(message.text());
			}
		});
		return this.page;
	}

	/**
	 * The absolute address of a path on the running application.
	 */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void assertNoPageErrors() {
		assertThat(this.pageErrors).as("script errors and content security policy violations").isEmpty();
	}

	/**
	 * Whether the page is wider than the screen, which forces sideways scrolling on a
	 * phone.
	 */
	protected static boolean scrollsSideways(Page page) {
		// measured once the page and its stylesheets have loaded: before, a page laid out
		// without its styles can be wider than the window
		page.waitForLoadState(LoadState.LOAD);
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
	}

	/**
	 * The elements that reach past the right edge of the window (at most ten), to say
	 * what makes a page scroll sideways.
	 */
	protected static String widerThanTheWindow(Page page) {
		return String.valueOf(page.evaluate("""
				() => [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .filter((e) => !e.closest('.table-responsive, .overflow-auto'))
				  .slice(0, 10)
				  .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
				  .join(', ')
				"""));
	}

	Optional<Page> currentPage() {
		return Optional.ofNullable(this.page);
	}

	private static Path chromium() {
		Path debian = Paths.get("/usr/bin/chromium");
		if (Files.isExecutable(debian)) {
			return debian;
		}
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		for (String directory : path.split(File.pathSeparator)) {
			Path candidate = Paths.get(directory, "chromium");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"Chromium not found: install it with 'apt-get install chromium fonts-noto-cjk'");
	}

	/**
	 * The screens every browser journey is walked on.
	 */
	protected enum Screen {

		DESKTOP(1280, 800, false), PHONE(390, 844, true);

		final int width;

		final int height;

		final boolean mobile;

		Screen(int width, int height, boolean mobile) {
			this.width = width;
			this.height = height;
			this.mobile = mobile;
		}

	}

	/**
	 * Saves what the browser showed when a test failed, before the context is closed.
	 */
	static class ScreenshotOnFailure implements TestExecutionExceptionHandler {

		@Override
		public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
			if (context.getTestInstance().orElse(null) instanceof BrowserTest test) {
				test.currentPage().ifPresent((page) -> screenshot(page, context));
			}
			throw failure;
		}

		private static void screenshot(Page page, ExtensionContext context) {
			try {
				Files.createDirectories(SCREENSHOTS);
				String name = (context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName() + "-" + context.getDisplayName())
					.replaceAll("[^A-Za-z0-9._-]+", "_");
				page.screenshot(
						new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
			}
			catch (Exception ex) {
				// The test's own failure is what matters: a missing screenshot must not
				// hide it.
			}
		}

	}

}
