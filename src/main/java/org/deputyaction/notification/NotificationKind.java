package org.deputyaction.notification;

/**
 * What a message in the inbox tells: an assignment, a deadline warning, an urging, a
 * reply, a rating, a return for re-handling, a closure, a step on the supervision ladder,
 * a problem a voter raised online, or a home's or station's posting that is due.
 */
public enum NotificationKind {

	ASSIGNED, NEAR_DUE, OVERDUE, URGED, REPLIED, RATED, RETURNED_FOR_REHANDLING, CLOSED, SUPERVISION_LEVEL,
	ONLINE_PROBLEM, POSTING_DUE;

	public String messageKey() {
		return "notification.kind." + name();
	}

}
