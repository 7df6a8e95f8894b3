package org.deputyaction.suggestion.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.deputyaction.suggestion.QueueCounts;
import org.deputyaction.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The work queues' counts computed lately, per scope and day: every staff page shows them
 * in its queue tabs. Every change of the loop forgets them on this node at once; other
 * nodes within the time-to-live ({@code deputyaction.cache.ttl}, 0 keeps none).
 */
@Component
public class QueueCountsCache {

	/** How many scopes (the prefecture, each county, each unit) are kept at most. */
	static final int MAX_ENTRIES = 5000;

	private final ShortLivedCache<Object, QueueCounts> counts;

	QueueCountsCache(@Value("${deputyaction.cache.ttl:30s}") Duration ttl) {
		this.counts = new ShortLivedCache<>(ttl, MAX_ENTRIES);
	}

	public QueueCounts get(Object key, Supplier<QueueCounts> compute) {
		return this.counts.get(key, compute);
	}

	/** Sets how long counts are kept (zero: none), forgetting those kept. */
	public void ttl(Duration ttl) {
		this.counts.ttl(ttl);
	}

	@EventListener
	void on(Object event) {
		if (ShortLivedCache.isLoopEvent(event)) {
			this.counts.invalidate();
		}
	}

}
