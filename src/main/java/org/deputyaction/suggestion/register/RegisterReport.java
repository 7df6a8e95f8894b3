package org.deputyaction.suggestion.register;

import java.util.List;
import java.util.Map;

import org.deputyaction.suggestion.LoopStatus;

/**
 * The outcome of a register import or check: either the problems found (and nothing
 * written), or the lines per county and status.
 *
 * @param problems the first problems found, in row order (at most
 * {@link RegisterImportService#MAX_PROBLEMS})
 * @param problemCount how many problems there were in all
 * @param rows the number of data rows read
 * @param counties lines per county and status, counties by name (empty when there were
 * problems)
 * @param batchId the import's id when written, else null
 */
public record RegisterReport(List<RegisterProblem> problems, int problemCount, int rows, List<CountyCounts> counties,
		Long batchId) {

	public boolean hasProblems() {
		return this.problemCount > 0;
	}

	public boolean hasMoreProblems() {
		return this.problemCount > this.problems.size();
	}

	public boolean written() {
		return this.batchId != null;
	}

	/** The statuses a register may carry, in the loop's order (the preview's columns). */
	public List<LoopStatus> statuses() {
		return RegisterVocabulary.STATUSES;
	}

	static RegisterReport failed(List<RegisterProblem> problems, int problemCount, int rows) {
		return new RegisterReport(List.copyOf(problems), problemCount, rows, List.of(), null);
	}

	/** One county's lines per status. */
	public record CountyCounts(Long countyId, String countyName, Map<LoopStatus, Integer> byStatus) {

		public int count(LoopStatus status) {
			return this.byStatus.getOrDefault(status, 0);
		}

		public int total() {
			return this.byStatus.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
