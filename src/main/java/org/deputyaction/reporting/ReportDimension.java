package org.deputyaction.reporting;

/**
 * What the rows of a report table are: a level of the organisation (drilling down from
 * the prefecture to a deputy group), the lead handling unit, the top-level category, the
 * suggestion's level, or the month it was proposed.
 */
public enum ReportDimension {

	COUNTY, TOWNSHIP, VENUE, GROUP, UNIT, CATEGORY, LEVEL, MONTH;

	/** Whether rows are places of the organisation, each of which may be drilled into. */
	public boolean isPlace() {
		return this == COUNTY || this == TOWNSHIP || this == VENUE || this == GROUP;
	}

	/**
	 * Whether problems (which have a place and a month but no unit or category) split by
	 * it.
	 */
	public boolean splitsProblems() {
		return this == COUNTY || this == TOWNSHIP || this == VENUE || this == MONTH;
	}

	public String messageKey() {
		return "reporting.by." + name();
	}

}
