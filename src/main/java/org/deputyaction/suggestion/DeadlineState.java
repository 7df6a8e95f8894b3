package org.deputyaction.suggestion;

/**
 * Where an open item stands against its due date: on track, near-due (临期) or overdue
 * (超期).
 */
public enum DeadlineState {

	ON_TRACK, NEAR_DUE, OVERDUE;

	public String messageKey() {
		return "loop.deadline." + name();
	}

}
