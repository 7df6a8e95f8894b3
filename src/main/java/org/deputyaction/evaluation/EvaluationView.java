package org.deputyaction.evaluation;

import java.time.Instant;
import java.time.LocalDateTime;

import org.deputyaction.evaluation.internal.EvaluationSession;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.system.TimeConfiguration;

/**
 * An evaluation as staff see it: the code, what the voters are shown, its state with who
 * opened and closed it and when, and the voters' counts so far.
 */
public record EvaluationView(Long id, String code, Long suggestionId, String title, String summary,
		ResultClass resultClass, int round, EvaluationState state, LocalDateTime openedAt, String openedBy,
		LocalDateTime expiresAt, LocalDateTime closedAt, String closedBy, long minutesLeft, VoterCounts counts) {

	static EvaluationView of(EvaluationSession session, Instant now, VoterCounts counts) {
		EvaluationState state = EvaluationState.of(session, now);
		long minutesLeft = (state == EvaluationState.OPEN)
				? Math.max(1, (session.getExpiresAt().getEpochSecond() - now.getEpochSecond() + 59) / 60) : 0;
		return new EvaluationView(session.getId(), session.getCode(), session.getSuggestionId(), session.getTitle(),
				session.getSummary(), session.getResultClass(), session.getRoundNumber(), state,
				local(session.getOpenedAt()), session.getOpenedByName(), local(session.getExpiresAt()),
				local(session.getClosedAt()), session.getClosedByName(), minutesLeft,
				(counts != null) ? counts : VoterCounts.NONE);
	}

	public boolean open() {
		return this.state == EvaluationState.OPEN;
	}

	/** The code in two groups for reading aloud and typing: {@code ABC-DEFG}. */
	public String displayCode() {
		return this.code.substring(0, 3) + "-" + this.code.substring(3);
	}

	static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, TimeConfiguration.ZONE) : null;
	}

}
