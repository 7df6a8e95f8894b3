package org.deputyaction.online.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The rate limits of the online channel, counted in this node's memory (bounded): with
 * two nodes behind a load balancer a client may get up to twice a limit, which the
 * limits' purpose (holding off floods) allows. Every check is a map lookup, made before
 * the request's body is read or the database is asked anything.
 */
@Component
public class IntakeLimits {

	/** The most addresses (or stations) each counter remembers at once. */
	static final int MAX_KEYS = 50_000;

	private final OnlineSettings settings;

	private final Clock clock;

	private final WindowCounter submissions = new WindowCounter(OnlineSettings.WINDOW, MAX_KEYS);

	private final WindowCounter stations = new WindowCounter(OnlineSettings.WINDOW, MAX_KEYS);

	private final WindowCounter attempts = new WindowCounter(OnlineSettings.WINDOW, MAX_KEYS);

	private final WindowCounter wrongKeys = new WindowCounter(OnlineSettings.WINDOW, MAX_KEYS);

	IntakeLimits(OnlineSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Reserves one submission for the address and the station, or says why not. A
	 * reservation not {@linkplain #release released} counts as a problem raised.
	 */
	public Refusal reserve(String address, String station) {
		Instant now = this.clock.instant();
		if (!this.attempts.tryAcquire(address, this.settings.attemptsPerAddress(), now)) {
			return Refusal.ATTEMPT_LIMIT;
		}
		if (!this.submissions.tryAcquire(address, this.settings.perAddress(), now)) {
			return Refusal.ADDRESS_LIMIT;
		}
		if (!this.stations.tryAcquire(station, this.settings.perStation(), now)) {
			this.submissions.release(address, now);
			return Refusal.STATION_LIMIT;
		}
		return null;
	}

	/** Gives back a reservation whose submission was not accepted. */
	public void release(String address, String station) {
		Instant now = this.clock.instant();
		this.submissions.release(address, now);
		this.stations.release(station, now);
	}

	/** Whether the address may try a key now. */
	public boolean mayTryKey(String address) {
		return !this.wrongKeys.isOver(address, this.settings.keyAttemptsPerAddress(), this.clock.instant());
	}

	/** Counts a wrong key from the address. */
	public void wrongKey(String address) {
		this.wrongKeys.add(address, this.clock.instant());
	}

	/** How long until the refusal's count starts again, in whole seconds (at least 1). */
	public long retryAfterSeconds(Refusal refusal, String address, String station) {
		Instant now = this.clock.instant();
		Instant end = switch (refusal) {
			case ADDRESS_LIMIT -> this.submissions.windowEnd(address, now);
			case STATION_LIMIT -> this.stations.windowEnd(station, now);
			case ATTEMPT_LIMIT -> this.attempts.windowEnd(address, now);
			case KEY_LIMIT -> this.wrongKeys.windowEnd(address, now);
			case TOO_LARGE -> now;
		};
		return Math.max(1, Duration.between(now, end).toSeconds());
	}

}
