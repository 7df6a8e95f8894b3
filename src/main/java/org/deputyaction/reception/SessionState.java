package org.deputyaction.reception;

import java.time.LocalDate;

/**
 * How a session looks to staff today: upcoming, overdue (passed and not recorded),
 * recorded or cancelled. Lists filter by it.
 */
public enum SessionState {

	UPCOMING, OVERDUE, RECORDED, CANCELLED;

	public String messageKey() {
		return "reception.state." + name();
	}

	public static SessionState of(SessionStatus status, LocalDate heldOn, LocalDate today) {
		return switch (status) {
			case RECORDED -> RECORDED;
			case CANCELLED -> CANCELLED;
			case SCHEDULED -> heldOn.isBefore(today) ? OVERDUE : UPCOMING;
		};
	}

}
