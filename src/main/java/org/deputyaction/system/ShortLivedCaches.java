package org.deputyaction.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the installation's {@link ShortLivedCache}s, all with the time-to-live of
 * {@code deputyaction.cache.ttl} ({@code CACHE_TTL}; 0 keeps nothing), and empties every
 * one of them after each event of the closed loop (the suggestion module's events and
 * those of its packages: every timeline entry publishes one).
 */
@Component
public class ShortLivedCaches {

	/** The events of the closed loop (the suggestion module and its packages). */
	private static final String LOOP_EVENTS = "org.deputyaction.suggestion.";

	private final List<ShortLivedCache<?, ?>> caches = new CopyOnWriteArrayList<>();

	private volatile Duration ttl;

	ShortLivedCaches(@Value("${deputyaction.cache.ttl:30s}") Duration ttl) {
		this.ttl = ttl;
	}

	/** A new cache of at most {@code maxEntries} values, emptied on every loop change. */
	public <K, V> ShortLivedCache<K, V> create(int maxEntries) {
		ShortLivedCache<K, V> cache = new ShortLivedCache<>(this.ttl, maxEntries);
		this.caches.add(cache);
		return cache;
	}

	/** Sets every cache's time-to-live (zero: none), forgetting what they keep. */
	public void ttl(Duration ttl) {
		this.ttl = ttl;
		this.caches.forEach((cache) -> cache.ttl(ttl));
	}

	/**
	 * Empties every cache now and when the current transaction ends: for changes that
	 * publish no event of the loop but show on kept pages (an on-site evaluation opened
	 * or closed, a voter's rating).
	 */
	public void forget() {
		this.caches.forEach(ShortLivedCache::invalidate);
	}

	@EventListener
	void on(Object event) {
		if (event.getClass().getName().startsWith(LOOP_EVENTS)) {
			this.caches.forEach(ShortLivedCache::invalidate);
		}
	}

}
