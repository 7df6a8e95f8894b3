package org.deputyaction.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.deputyaction.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: a user signed in on
 * one node is signed in on the other, and signing out on either ends the session on both,
 * because sessions live in PostgreSQL, not in a node's memory.
 */
class StatelessNodesTests {

	private final HttpClient plain = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void aSessionStartedOnOneNodeIsServedAndEndedByAnother() throws Exception {
		try (ConfigurableApplicationContext nodeA = Nodes.start()) {
			EmbeddedDatabase database = nodeA.getBean(EmbeddedDatabase.class);
			try (ConfigurableApplicationContext nodeB = Nodes.start("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=postgres", "spring.datasource.password=postgres",
					"deputyaction.demo.enabled=false")) {
				String a = Nodes.baseUrl(nodeA);
				String b = Nodes.baseUrl(nodeB);
				assertThat(a).isNotEqualTo(b);

				String session = new Nodes.Browser().signIn(a, "admin", Nodes.DEMO_PASSWORD);

				HttpResponse<String> home = get(b + "/home", session);
				assertThat(home.statusCode()).isEqualTo(302);
				assertThat(home.headers().firstValue("Location"))
					.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/admin"));
				HttpResponse<String> adminPage = get(b + "/admin", session);
				assertThat(adminPage.statusCode()).isEqualTo(200);
				assertThat(adminPage.body()).contains("action=\"/logout\"");
				assertThat(get(b + "/admin", null).statusCode()).as("without the cookie node B asks to sign in")
					.isEqualTo(302);

				HttpResponse<String> signOut = post(b + "/logout", session,
						"_csrf=" + Nodes.encode(Nodes.csrfToken(adminPage.body())));
				assertThat(signOut.statusCode()).isEqualTo(302);
				HttpResponse<String> afterSignOut = get(a + "/admin", session);
				assertThat(afterSignOut.statusCode()).as("signed out on B, node A no longer knows the session")
					.isEqualTo(302);
				assertThat(afterSignOut.headers().firstValue("Location"))
					.hasValueSatisfying((location) -> assertThat(location).contains("/login"));
			}
		}
	}

	private HttpResponse<String> get(String url, String session) throws Exception {
		return this.plain.send(request(url, session).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String session, String form) throws Exception {
		return this.plain.send(request(url, session).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(String url, String session) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (session != null) {
			builder.header("Cookie", "SESSION=" + session);
		}
		return builder;
	}

}
