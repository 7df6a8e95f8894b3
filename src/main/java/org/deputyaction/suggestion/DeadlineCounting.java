package org.deputyaction.suggestion;

/**
 * How deadlines count days: calendar days, or working days of the holiday table.
 */
public enum DeadlineCounting {

	CALENDAR_DAYS, WORKING_DAYS;

	public String messageKey() {
		return "loop.deadlineCounting." + name();
	}

}
