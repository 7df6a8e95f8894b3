package org.deputyaction.suggestion;

import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work queues' counts are computed once per scope and day, and afresh after every
 * change of the loop.
 */
@IntegrationTest
@CachesOn
class QueueCountsCacheTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	WorkQueueService queues;

	LoopFixture f;

	@BeforeEach
	void setUp() {
		this.f = LoopFixture.create(this.context);
	}

	@Test
	void countsAreKeptPerScopeUntilTheLoopChanges() {
		QueueCounts county = this.queues.counts(this.f.staff);
		assertThat(this.queues.counts(this.f.staff)).isSameAs(county);
		QueueCounts other = this.queues.counts(this.f.otherCountyStaff);
		assertThat(other).isNotSameAs(county);
		QueueCounts unit = this.queues.counts(this.f.leadUnitUser);
		assertThat(unit).isNotSameAs(county).isNotSameAs(other);

		LoopScenarios.found(this.context, this.f);

		QueueCounts after = this.queues.counts(this.f.staff);
		assertThat(after.newProblems()).isEqualTo(county.newProblems() + 1);
		assertThat(this.queues.counts(this.f.otherCountyStaff).newProblems()).isEqualTo(other.newProblems());
	}

}
