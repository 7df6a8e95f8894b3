package org.deputyaction.evaluation;

import java.time.Instant;

import org.deputyaction.evaluation.internal.EvaluationSession;

/**
 * Whether an evaluation takes ratings: open until staff close it or its time runs out.
 */
public enum EvaluationState {

	OPEN, CLOSED, EXPIRED;

	static EvaluationState of(EvaluationSession session, Instant now) {
		if (session.getClosedAt() != null) {
			return CLOSED;
		}
		return now.isBefore(session.getExpiresAt()) ? OPEN : EXPIRED;
	}

	public String messageKey() {
		return "evaluation.state." + name();
	}

}
