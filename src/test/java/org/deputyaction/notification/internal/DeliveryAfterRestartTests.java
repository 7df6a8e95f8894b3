package org.deputyaction.notification.internal;

import java.time.Duration;
import java.util.List;

import org.deputyaction.DeputyActionApplication;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.suggestion.LoopScenarios;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionUrged;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The node stops between a change and its notification (here: the listener fails, as a
 * crash would leave it); the next node to start delivers the notification, exactly once.
 */
@IntegrationTest
class DeliveryAfterRestartTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisionService supervision;

	@Autowired
	LoopEventListeners listeners;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void deliverAgain() {
		this.listeners.clearInterceptors();
	}

	@Test
	void anUrgingNotDeliveredBeforeTheStopIsDeliveredOnceAfterTheRestart() {
		LoopFixture f = LoopFixture.create(this.context);
		SuggestionDetail s = LoopScenarios.assigned(this.context, f, List.of());
		this.listeners.addInterceptor((event) -> {
			if (event instanceof SuggestionUrged urged && urged.suggestionId().equals(s.id())) {
				throw new IllegalStateException("the node stopped before the message was written");
			}
		});

		this.supervision.urge(new Urge(s.id(), s.version(), null, "请尽快办理。"), f.staff);

		assertThat(urgings(f.leadUnitUser.id(), s.id())).isZero();
		assertThat(outstandingUrgings(s.id())).isEqualTo(1);
		this.listeners.clearInterceptors();

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(DeputyActionApplication.class)
			.profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off")
			.run()) {
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> urgings(f.leadUnitUser.id(), s.id()) == 1 && outstandingUrgings(s.id()) == 0);
		}

		this.incomplete.resubmitIncompletePublications((publication) -> true);
		assertThat(urgings(f.leadUnitUser.id(), s.id())).isEqualTo(1);
	}

	private int urgings(Long userId, Long suggestionId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where recipient_user_id = ? and suggestion_id = ? and kind = 'URGED'",
				Integer.class, userId, suggestionId);
		return (count != null) ? count : 0;
	}

	private int outstandingUrgings(Long suggestionId) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from event_publication
				where completion_date is null and event_type like '%SuggestionUrged' and serialized_event like ?
				""", Integer.class, "%\"suggestionId\":" + suggestionId + ",%");
		return (count != null) ? count : 0;
	}

}
