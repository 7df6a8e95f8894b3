package org.deputyaction.reporting;

/**
 * A count a report shows, and the set of suggestions behind it. Rates divide one bucket
 * by another (see {@link Measures}); {@code docs/reporting.md} defines each.
 */
public enum ReportBucket {

	/** Proposed in the period: every suggestion of the period. */
	PROPOSED,
	/** Waiting for assignment. */
	TO_ASSIGN,
	/** Ever assigned to a lead unit. */
	ASSIGNED,
	/** With its units now (assigned or supervised). */
	BEING_HANDLED,
	/** Replied (fed back or closed). */
	REPLIED,
	/** Replied, and the current reply came by the due date then in force. */
	REPLIED_ON_TIME,
	/** Closed (办结). */
	CLOSED,
	/** With its units and past its due date today. */
	OVERDUE,
	/** With its units and due within the near-due days, not yet overdue. */
	NEAR_DUE,
	/** Marked for key supervision (重点督办). */
	KEY_SUPERVISION,
	/** On the top rung of the supervision ladder: led by a congress leader (领导领办). */
	LEADER_LED,
	/** Rated by the deputy at least once. */
	RATED,
	/** Latest rating 满意 or 基本满意. */
	SATISFIED_OR_BASIC,
	/** Latest rating 满意 on both axes. */
	SATISFIED,
	/** First-round rating 满意 or 基本满意. */
	FIRST_SATISFIED_OR_BASIC,
	/** First-round rating 满意. */
	FIRST_SATISFIED,
	/** Rated after re-handling (a rating in round two or later). */
	REHANDLED_RATED,
	/** Latest rating after re-handling 满意 or 基本满意. */
	REHANDLED_SATISFIED_OR_BASIC,
	/** Latest rating after re-handling 满意. */
	REHANDLED_SATISFIED,
	/** Replied with result class A. */
	CLASS_A,
	/** Replied with result class A or B. */
	CLASS_AB;

	public String messageKey() {
		return "reporting.bucket." + name();
	}

}
