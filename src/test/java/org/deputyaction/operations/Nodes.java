package org.deputyaction.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deputyaction.DeputyActionApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole application instances on random ports for the operations tests, and a small HTTP
 * client that signs in like a browser does.
 */
final class Nodes {

	static final String DEMO_PASSWORD = "demo-Enshi-2026";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private Nodes() {
	}

	/**
	 * Starts an instance with the test profile on a random port.
	 * @param sources extra configuration (test-only controllers, listeners)
	 * @param properties {@code name=value} pairs on top of the test profile
	 */
	static ConfigurableApplicationContext start(List<Class<?>> sources, String... properties) {
		List<Class<?>> all = new ArrayList<>();
		all.add(DeputyActionApplication.class);
		all.addAll(sources);
		// As command-line arguments, which take precedence over application.properties.
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).profiles("test")
			.run(arguments.toArray(String[]::new));
	}

	static ConfigurableApplicationContext start(String... properties) {
		return start(List.of(), properties);
	}

	static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * A browser-like client: keeps cookies, does not follow redirects, gives up on any
	 * request after 30 seconds.
	 */
	static final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return this.client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
			return this.client.send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Signs in through the form as a person would and returns the session cookie's
		 * value.
		 */
		String signIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
			HttpResponse<String> form = get(baseUrl + "/login");
			assertThat(form.statusCode()).isEqualTo(200);
			HttpResponse<String> signedIn = post(baseUrl + "/login", "username=" + encode(username) + "&password="
					+ encode(password) + "&_csrf=" + encode(csrfToken(form.body())));
			assertThat(signedIn.statusCode()).as("sign-in answer").isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
			return sessionCookie();
		}

		String sessionCookie() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no SESSION cookie"));
		}

		private static HttpRequest.Builder request(String url) {
			return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		}

	}

	static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
