package org.deputyaction.evaluation;

import java.time.LocalDateTime;

import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;

/**
 * An evaluation as voters see it: the item's title and the public summary of its reply,
 * whether it takes ratings, and how this device rated it, if it did. Nothing about any
 * person.
 */
public record PublicEvaluation(String code, String title, String summary, ResultClass resultClass,
		EvaluationState state, LocalDateTime expiresAt, Satisfaction ratedAs) {

	public boolean open() {
		return this.state == EvaluationState.OPEN;
	}

}
