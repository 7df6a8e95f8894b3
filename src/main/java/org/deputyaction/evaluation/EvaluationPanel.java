package org.deputyaction.evaluation;

import java.util.List;

/**
 * What a suggestion's page shows of its on-site evaluations: the voters' counts over all
 * of them, each evaluation newest first, and whether the user may open one now (or the
 * message that says why not).
 */
public record EvaluationPanel(Long suggestionId, VoterCounts counts, List<EvaluationView> evaluations, boolean mayStart,
		String cannotStartKey, EvaluationView openEvaluation) {

	public boolean mayManage() {
		return this.mayStart || this.cannotStartKey != null;
	}

}
