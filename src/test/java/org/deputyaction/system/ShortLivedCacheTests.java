package org.deputyaction.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a short-lived cache keeps, and what it never does. */
class ShortLivedCacheTests {

	@Test
	void aValueIsLoadedOnceUntilTheDataChanges() {
		ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofMinutes(5), 10);
		AtomicInteger loads = new AtomicInteger();
		assertThat(cache.get("a", () -> "A" + loads.incrementAndGet())).isEqualTo("A1");
		assertThat(cache.get("a", () -> "A" + loads.incrementAndGet())).isEqualTo("A1");
		cache.invalidate();
		assertThat(cache.get("a", () -> "A" + loads.incrementAndGet())).isEqualTo("A2");
	}

	@Test
	void nothingIsKeptForAKeyWhoseValueIsNull() {
		ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofMinutes(5), 10);
		for (int i = 0; i < 20; i++) {
			assertThat(cache.get("unknown place " + i, () -> null)).isNull();
		}
		assertThat(cache.size()).isZero();
	}

}
