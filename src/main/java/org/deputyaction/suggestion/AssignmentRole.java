package org.deputyaction.suggestion;

/**
 * A unit's part in handling a suggestion: lead (主办) or assisting (协办).
 */
public enum AssignmentRole {

	LEAD, ASSISTING;

	public String messageKey() {
		return "loop.assignmentRole." + name();
	}

}
