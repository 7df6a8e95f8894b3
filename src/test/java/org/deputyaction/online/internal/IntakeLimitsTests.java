package org.deputyaction.online.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeLimitsTests {

	private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);

	private final IntakeLimits limits = new IntakeLimits(
			new OnlineSettings(2, 3, DataSize.ofMegabytes(5), Duration.ofSeconds(3), 2), NOON);

	@Test
	void anAddressReachesItsLimitAndOthersStillGetThrough() {
		assertThat(this.limits.reserve("a", "S1")).isNull();
		assertThat(this.limits.reserve("a", "S2")).isNull();
		assertThat(this.limits.reserve("a", "S3")).isEqualTo(Refusal.ADDRESS_LIMIT);
		assertThat(this.limits.reserve("b", "S3")).isNull();
		assertThat(this.limits.retryAfterSeconds(Refusal.ADDRESS_LIMIT, "a", "S3")).isEqualTo(3600);
	}

	@Test
	void aStationReachesItsLimitWhateverTheAddressesAndTheAddressKeepsItsAllowance() {
		assertThat(this.limits.reserve("a", "S")).isNull();
		assertThat(this.limits.reserve("b", "S")).isNull();
		assertThat(this.limits.reserve("c", "S")).isNull();
		assertThat(this.limits.reserve("d", "S")).isEqualTo(Refusal.STATION_LIMIT);
		assertThat(this.limits.reserve("d", "T")).isNull();
		assertThat(this.limits.reserve("d", "U")).isNull();
	}

	@Test
	void aReleasedReservationIsGivenBackButTheAttemptStaysCounted() {
		for (int i = 0; i < 20; i++) {
			assertThat(this.limits.reserve("a", "S")).isNull();
			this.limits.release("a", "S");
		}
		assertThat(this.limits.reserve("a", "S")).isEqualTo(Refusal.ATTEMPT_LIMIT);
	}

	@Test
	void wrongKeysAreThrottledPerAddress() {
		this.limits.wrongKey("a");
		assertThat(this.limits.mayTryKey("a")).isTrue();
		this.limits.wrongKey("a");
		assertThat(this.limits.mayTryKey("a")).isFalse();
		assertThat(this.limits.mayTryKey("b")).isTrue();
	}

}
