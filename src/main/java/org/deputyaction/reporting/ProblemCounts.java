package org.deputyaction.reporting;

/**
 * Problems found in the period and how they ended so far: written up as a suggestion,
 * resolved directly, merged into another, declined, or still waiting for triage.
 */
public record ProblemCounts(long found, long proposed, long resolvedDirectly, long merged, long declined,
		long pending) {

	public static final ProblemCounts NONE = new ProblemCounts(0, 0, 0, 0, 0, 0);

}
