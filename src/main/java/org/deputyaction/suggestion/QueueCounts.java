package org.deputyaction.suggestion;

import java.util.Map;

/**
 * How many items wait in each queue of the user's scope, for the badges of a dashboard,
 * and how many online problems waiting for triage are marked as spam (not among the new
 * problems).
 */
public record QueueCounts(long newProblems, Map<WorkQueue, Long> suggestions, long spamProblems) {

	public long of(WorkQueue queue) {
		return this.suggestions.getOrDefault(queue, 0L);
	}

}
