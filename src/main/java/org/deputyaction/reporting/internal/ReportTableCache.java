package org.deputyaction.reporting.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.deputyaction.reporting.ReportTable;
import org.deputyaction.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The report tables computed lately, per request, scope and day: the dashboard is read by
 * every office many times between two changes of the loop. Every event of the loop (and
 * every register import) forgets them on this node at once; other nodes within the
 * time-to-live ({@code deputyaction.cache.ttl}, 0 keeps none). The scope is always
 * checked before a table is looked up.
 */
@Component
public class ReportTableCache {

	/** How many tables are kept at most (a table is a few kilobytes). */
	static final int MAX_ENTRIES = 1000;

	private final ShortLivedCache<Object, ReportTable> tables;

	ReportTableCache(@Value("${deputyaction.cache.ttl:30s}") Duration ttl) {
		this.tables = new ShortLivedCache<>(ttl, MAX_ENTRIES);
	}

	public ReportTable get(Object key, Supplier<ReportTable> compute) {
		return this.tables.get(key, compute);
	}

	/** Sets how long a table is kept (zero: none), forgetting those kept. */
	public void ttl(Duration ttl) {
		this.tables.ttl(ttl);
	}

	@EventListener
	void on(Object event) {
		if (ShortLivedCache.isLoopEvent(event)) {
			this.tables.invalidate();
		}
	}

}
