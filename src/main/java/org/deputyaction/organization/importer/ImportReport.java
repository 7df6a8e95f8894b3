package org.deputyaction.organization.importer;

import java.util.List;

/**
 * The outcome of an import: either the problems found (and nothing written), or the
 * counts per kind.
 *
 * @param problems the first problems found, in row order (at most
 * {@link OrganizationImporter#MAX_PROBLEMS})
 * @param problemCount how many problems there were in all
 * @param rows the number of data rows read
 * @param counts created, updated and unchanged rows per kind, in kind order (empty when
 * there were problems)
 * @param written whether anything was written (false for a check only or when there were
 * problems)
 */
public record ImportReport(List<ImportProblem> problems, int problemCount, int rows, List<ImportCounts> counts,
		boolean written) {

	public boolean hasProblems() {
		return this.problemCount > 0;
	}

	public boolean hasMoreProblems() {
		return this.problemCount > this.problems.size();
	}

	static ImportReport failed(List<ImportProblem> problems, int problemCount, int rows) {
		return new ImportReport(List.copyOf(problems), problemCount, rows, List.of(), false);
	}

	public int created() {
		return this.counts.stream().mapToInt(ImportCounts::created).sum();
	}

	public int updated() {
		return this.counts.stream().mapToInt(ImportCounts::updated).sum();
	}

	public int unchanged() {
		return this.counts.stream().mapToInt(ImportCounts::unchanged).sum();
	}

}
