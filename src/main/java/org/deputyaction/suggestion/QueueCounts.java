package org.deputyaction.suggestion;

import java.util.Map;

/**
 * How many items wait in each queue of the user's scope, for the badges of a dashboard.
 */
public record QueueCounts(long newProblems, Map<WorkQueue, Long> suggestions) {

	public long of(WorkQueue queue) {
		return this.suggestions.getOrDefault(queue, 0L);
	}

}
