package org.deputyaction.online.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts events per key in fixed windows that start with a key's first event, in memory
 * and bounded: when it holds {@code maxKeys} keys it forgets those whose window has
 * passed (at most once a minute), and while it is still full a new key is refused rather
 * than let the map grow. Thread-safe; every operation is a map lookup.
 */
final class WindowCounter {

	private static final long PURGE_INTERVAL_MILLIS = 60_000;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final Duration window;

	private final int maxKeys;

	private final AtomicLong lastPurge = new AtomicLong();

	WindowCounter(Duration window, int maxKeys) {
		this.window = window;
		this.maxKeys = maxKeys;
	}

	/**
	 * Counts one event if the key has fewer than {@code limit} in its window; answers
	 * whether it did.
	 */
	boolean tryAcquire(String key, int limit, Instant now) {
		if (!this.windows.containsKey(key) && !roomFor(now)) {
			return false;
		}
		boolean[] acquired = new boolean[1];
		this.windows.compute(key, (k, current) -> {
			Window live = (current == null || current.isOver(now)) ? new Window(now.plus(this.window), 0) : current;
			if (live.count() < limit) {
				acquired[0] = true;
				return new Window(live.endsAt(), live.count() + 1);
			}
			return live;
		});
		return acquired[0];
	}

	/** Counts one event, whatever the limit (refused later by {@link #isOver}). */
	void add(String key, Instant now) {
		if (!this.windows.containsKey(key) && !roomFor(now)) {
			return;
		}
		this.windows.compute(key, (k, current) -> (current == null || current.isOver(now))
				? new Window(now.plus(this.window), 1) : new Window(current.endsAt(), current.count() + 1));
	}

	/** Takes back one event counted in the key's current window. */
	void release(String key, Instant now) {
		this.windows.computeIfPresent(key, (k, current) -> (current.isOver(now) || current.count() <= 1) ? null
				: new Window(current.endsAt(), current.count() - 1));
	}

	/**
	 * Whether the key has {@code limit} events or more in its current window; a new key
	 * when the counter is full counts as over.
	 */
	boolean isOver(String key, int limit, Instant now) {
		Window current = this.windows.get(key);
		if (current == null) {
			return !roomFor(now);
		}
		return !current.isOver(now) && current.count() >= limit;
	}

	/** When the key's window ends (for Retry-After), or now if it has none. */
	Instant windowEnd(String key, Instant now) {
		Window current = this.windows.get(key);
		return (current == null || current.isOver(now)) ? now : current.endsAt();
	}

	int size() {
		return this.windows.size();
	}

	private boolean roomFor(Instant now) {
		if (this.windows.size() < this.maxKeys) {
			return true;
		}
		long previous = this.lastPurge.get();
		long millis = now.toEpochMilli();
		if (millis - previous >= PURGE_INTERVAL_MILLIS && this.lastPurge.compareAndSet(previous, millis)) {
			this.windows.values().removeIf((w) -> w.isOver(now));
		}
		return this.windows.size() < this.maxKeys;
	}

	private record Window(Instant endsAt, int count) {

		boolean isOver(Instant now) {
			return !now.isBefore(this.endsAt);
		}

	}

}
