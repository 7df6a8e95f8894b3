package org.deputyaction.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.deputyaction.system.TimeConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests can set and move; it follows the real time until a test sets it. Tests
 * that set it reset it afterwards, since all integration tests share it.
 */
public class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant fixed;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Sets the clock to nine in the morning of the given day. */
	public void setToday(LocalDate day) {
		this.fixed = day.atTime(9, 0).atZone(this.zone).toInstant();
	}

	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	public void advanceDays(int days) {
		advance(Duration.ofDays(days));
	}

	/** Back to the real time. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock clock = new MutableClock(zone);
		clock.fixed = this.fixed;
		return clock;
	}

	@Override
	public Instant instant() {
		Instant now = this.fixed;
		return (now != null) ? now : Instant.now();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(TimeConfiguration.ZONE);
		}

	}

}
