package org.deputyaction.account.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	@Test
	void noLockBelowTheLimit() {
		assertThat(SignInThrottle.lockAfter(4, 5)).isZero();
	}

	@Test
	void lockStartsAtOneMinuteAndDoublesWithEachFurtherFailure() {
		assertThat(SignInThrottle.lockAfter(5, 5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(SignInThrottle.lockAfter(6, 5)).isEqualTo(Duration.ofMinutes(2));
		assertThat(SignInThrottle.lockAfter(7, 5)).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void lockNeverExceedsFifteenMinutes() {
		assertThat(SignInThrottle.lockAfter(9, 5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.lockAfter(500, 5)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void userNamesAreCountedWithoutRegardToCaseOrSpaces() {
		assertThat(SignInThrottle.accountKey(" Staff-Lichuan ")).isEqualTo(SignInThrottle.accountKey("staff-lichuan"));
	}

}
