package org.deputyaction.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.deputyaction.audit.AuditLog;
import org.deputyaction.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under load and comes back: health reports it, users get a clear
 * "temporarily unavailable" page instead of a stack trace, no request hangs, the
 * application recovers by itself, and nothing confirmed before the outage is lost. The
 * application runs on a PostgreSQL of its own here, so that the other tests' database
 * stays up.
 */
class DatabaseOutageTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final int LOAD_THREADS = 3;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void theApplicationAnswersClearlyWhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
		try (ConfigurableApplicationContext node = Nodes.start("deputyaction.embedded-database.shared=false")) {
			String base = Nodes.baseUrl(node);
			EmbeddedDatabase database = node.getBean(EmbeddedDatabase.class);
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
			MessageSource messages = node.getBean(MessageSource.class);
			String unavailable = messages.getMessage("error.503.text", null, Locale.SIMPLIFIED_CHINESE);
			String session = new Nodes.Browser().signIn(base, "office", Nodes.DEMO_PASSWORD);

			String code = "OUTAGE-" + UUID.randomUUID();
			AuditLog audit = node.getBean(AuditLog.class);
			for (int i = 0; i < 3; i++) {
				audit.record("operations-test", code, AuditLog.UPDATED, "change " + i);
			}
			Map<String, Long> before = rowCounts(jdbc);
			assertThat(before).containsEntry("venue", 587L).containsKey("change_log");

			ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
			AtomicBoolean loading = new AtomicBoolean(true);
			ExecutorService load = Executors.newFixedThreadPool(LOAD_THREADS);
			List<Future<?>> workers = new ArrayList<>();
			for (int i = 0; i < LOAD_THREADS; i++) {
				String path = (i == 0) ? "/office" : "/";
				workers.add(load.submit(() -> {
					long deadline = System.nanoTime() + 4 * PATIENCE.toNanos();
					while (loading.get() && System.nanoTime() < deadline) {
						try {
							statuses.add(get(base + path, session).statusCode());
							Thread.sleep(100);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						catch (Exception ex) {
							// A page already streaming when PostgreSQL stops is cut off;
							// every
							// other failure counts.
							if (!String.valueOf(ex.getMessage()).contains("chunked transfer encoding")) {
								failures.add(ex);
							}
						}
					}
				}));
			}
			try {
				assertThat(awaitStatus(base + "/", session, 200)).isNotNull();

				database.stop();

				HttpResponse<String> health = awaitStatus(base + "/actuator/health", null, 503);
				assertThat(health.body()).contains("DOWN");
				HttpResponse<String> publicPage = get(base + "/", null);
				assertThat(publicPage.statusCode()).isEqualTo(503);
				assertUnavailablePage(publicPage, unavailable);
				HttpResponse<String> signedInPage = get(base + "/office", session);
				assertThat(signedInPage.statusCode()).isEqualTo(503);
				assertUnavailablePage(signedInPage, unavailable);

				database.restart();

				assertThat(awaitStatus(base + "/actuator/health", null, 200).body()).contains("UP");
				assertThat(awaitStatus(base + "/", null, 200).body()).doesNotContain(unavailable);
				assertThat(get(base + "/office", session).statusCode()).as("the session outlived the outage")
					.isEqualTo(200);
			}
			finally {
				loading.set(false);
				load.shutdown();
				assertThat(load.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("no request hung")
					.isTrue();
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			assertThat(failures).as("every request got an answer in time").isEmpty();
			assertThat(statuses).contains(200, 503).allMatch((status) -> status == 200 || status == 503);

			assertThat(rowCounts(jdbc)).isEqualTo(before);
			assertThat(audit.recent("operations-test", code, 10)).hasSize(3);
		}
	}

	private static void assertUnavailablePage(HttpResponse<String> response, String text) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains(text)
			.contains("503")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("SQL");
	}

	/**
	 * Rows of every table but the sessions' (which come and go by themselves).
	 */
	private static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : jdbc.queryForList(
				"select tablename from pg_tables where schemaname = 'public' and tablename not like 'spring_session%'",
				String.class)) {
			counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
		}
		return counts;
	}

	private HttpResponse<String> awaitStatus(String url, String session, int status) throws Exception {
		return await(url, session, (response) -> response.statusCode() == status);
	}

	private HttpResponse<String> await(String url, String session, Predicate<HttpResponse<String>> condition)
			throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		HttpResponse<String> last = null;
		while (System.nanoTime() < deadline) {
			last = get(url, session);
			if (condition.test(last)) {
				return last;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no expected answer from " + url + " in " + PATIENCE + "; last: "
				+ ((last != null) ? last.statusCode() + " " + last.body() : "none"));
	}

	private HttpResponse<String> get(String url, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
