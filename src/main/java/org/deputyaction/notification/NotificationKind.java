package org.deputyaction.notification;

/**
 * What a message in the inbox tells: an assignment, a deadline warning, an urging, a
 * reply, a rating, a return for re-handling, a closure, a step on the supervision ladder,
 * or a problem a voter raised online.
 */
public enum NotificationKind {

	ASSIGNED, NEAR_DUE, OVERDUE, URGED, REPLIED, RATED, RETURNED_FOR_REHANDLING, CLOSED, SUPERVISION_LEVEL,
	ONLINE_PROBLEM;

	public String messageKey() {
		return "notification.kind." + name();
	}

}
