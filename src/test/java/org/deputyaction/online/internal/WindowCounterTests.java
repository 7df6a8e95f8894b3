package org.deputyaction.online.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowCounterTests {

	private static final Instant NOON = Instant.parse("2026-11-26T04:00:00Z");

	@Test
	void acquiresUpToTheLimitPerKeyAndWindow() {
		WindowCounter counter = new WindowCounter(Duration.ofHours(1), 100);
		for (int i = 0; i < 5; i++) {
			assertThat(counter.tryAcquire("a", 5, NOON)).isTrue();
		}
		assertThat(counter.tryAcquire("a", 5, NOON)).isFalse();
		assertThat(counter.isOver("a", 5, NOON)).isTrue();
		assertThat(counter.tryAcquire("b", 5, NOON)).isTrue();
	}

	@Test
	void aNewWindowStartsWhenTheOldOneHasPassed() {
		WindowCounter counter = new WindowCounter(Duration.ofHours(1), 100);
		counter.tryAcquire("a", 1, NOON);
		assertThat(counter.tryAcquire("a", 1, NOON.plusSeconds(3599))).isFalse();
		assertThat(counter.windowEnd("a", NOON)).isEqualTo(NOON.plusSeconds(3600));
		assertThat(counter.tryAcquire("a", 1, NOON.plusSeconds(3600))).isTrue();
	}

	@Test
	void aReleasedEventIsGivenBack() {
		WindowCounter counter = new WindowCounter(Duration.ofHours(1), 100);
		counter.tryAcquire("a", 1, NOON);
		counter.release("a", NOON);
		assertThat(counter.tryAcquire("a", 1, NOON)).isTrue();
	}

	@Test
	void staysBoundedForgettingPassedWindowsAndRefusingNewKeysWhileFull() {
		WindowCounter counter = new WindowCounter(Duration.ofHours(1), 3);
		counter.add("a", NOON);
		counter.add("b", NOON);
		counter.add("c", NOON);
		assertThat(counter.tryAcquire("d", 5, NOON.plusSeconds(60))).isFalse();
		assertThat(counter.isOver("d", 5, NOON.plusSeconds(60))).isTrue();
		assertThat(counter.tryAcquire("a", 5, NOON.plusSeconds(60))).isTrue();
		assertThat(counter.tryAcquire("d", 5, NOON.plusSeconds(3700))).isTrue();
		assertThat(counter.size()).isLessThanOrEqualTo(3);
	}

}
