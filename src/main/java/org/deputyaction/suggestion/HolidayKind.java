package org.deputyaction.suggestion;

/**
 * A day of the holiday table: a public holiday, or a weekend day worked instead (调休).
 */
public enum HolidayKind {

	HOLIDAY, MAKEUP_WORKDAY;

	public String messageKey() {
		return "loop.holidayKind." + name();
	}

}
