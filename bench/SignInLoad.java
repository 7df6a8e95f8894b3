import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in load: each of C workers, for S seconds, fetches the sign-in form (not timed: it
 * gives the session and CSRF token a real browser has) and then posts the credentials
 * (timed). Prints the same RESULT line as bench/report.lua. A sign-in that does not end in
 * a redirect away from /login counts as an error.
 *
 * <pre>java bench/SignInLoad.java http://localhost:8086 4 20 office demo-Enshi-2026</pre>
 */
public class SignInLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int concurrency = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String user = args[3];
		String password = args[4];
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < concurrency; i++) {
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < end) {
					try {
						HttpClient client = HttpClient.newBuilder()
							.cookieHandler(new CookieManager())
							.followRedirects(HttpClient.Redirect.NEVER)
							.connectTimeout(Duration.ofSeconds(5))
							.build();
						String form = client
							.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
									HttpResponse.BodyHandlers.ofString())
							.body();
						Matcher csrf = CSRF.matcher(form);
						if (!csrf.find()) {
							errors.incrementAndGet();
							continue;
						}
						String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
								+ enc(csrf.group(1));
						long t0 = System.nanoTime();
						HttpResponse<Void> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.discarding());
						long t1 = System.nanoTime();
						String location = posted.headers().firstValue("Location").orElse("");
						if (posted.statusCode() != 302 || location.contains("/login")) {
							errors.incrementAndGet();
						}
						latencies.add(t1 - t0);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
			});
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d errors=%d%n",
				sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 99), pct(sorted, 100), sorted.size(),
				errors.get());
	}

	private static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
