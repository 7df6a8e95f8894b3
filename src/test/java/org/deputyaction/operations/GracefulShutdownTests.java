package org.deputyaction.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping a node (a deployment, a scale-in) lets the requests it is serving finish
 * before it goes down.
 */
class GracefulShutdownTests {

	@Test
	void aRequestInProgressWhenTheNodeStopsStillCompletes() throws Exception {
		ConfigurableApplicationContext node = Nodes.start(List.of(SlowEndpoint.class),
				"deputyaction.demo.enabled=false");
		SlowEndpoint endpoint = node.getBean(SlowEndpoint.class);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		CompletableFuture<HttpResponse<String>> response = client
			.sendAsync(HttpRequest.newBuilder(URI.create(Nodes.baseUrl(node) + SlowEndpoint.PATH))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(endpoint.entered.await(30, TimeUnit.SECONDS)).as("the slow request reached the node").isTrue();

		CompletableFuture<Void> stopped = CompletableFuture.runAsync(node::close);

		HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(SlowEndpoint.BODY);
		assertThat(endpoint.finishedAfterShutdownBegan).isTrue();
		stopped.get(60, TimeUnit.SECONDS);
		assertThat(node.isActive()).isFalse();
	}

	/**
	 * A request that waits until the node has begun to stop, then a little longer, before
	 * it answers. Under {@code /public/} so that no sign-in is needed. Registered only as
	 * a source of the node started here: no stereotype, so component scanning of other
	 * contexts does not find it.
	 */
	static class SlowEndpoint {

		static final String PATH = "/public/operations-test/slow";

		static final String BODY = "finished";

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch closing = new CountDownLatch(1);

		volatile boolean finishedAfterShutdownBegan;

		@Bean
		RouterFunction<ServerResponse> slowRoute() {
			return RouterFunctions.route().GET(PATH, (request) -> {
				this.entered.countDown();
				boolean began = this.closing.await(30, TimeUnit.SECONDS);
				// Give the web server time to start waiting for this request.
				Thread.sleep(500);
				this.finishedAfterShutdownBegan = began;
				return ServerResponse.ok().body(BODY);
			}).build();
		}

		@Bean
		ApplicationListener<ContextClosedEvent> slowRouteClosing() {
			return (event) -> this.closing.countDown();
		}

	}

}
