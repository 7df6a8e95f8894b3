package org.deputyaction.suggestion;

/**
 * What happened to an item, one per timeline entry.
 */
public enum TimelineAction {

	PROBLEM_RECORDED, PROBLEM_RESOLVED_DIRECTLY, PROBLEM_MERGED, PROBLEM_DECLINED, PROBLEM_WRITTEN_UP, ATTACHMENT_ADDED,
	SUGGESTION_PROPOSED, SUGGESTION_EDITED, CO_SIGNER_INVITED, CO_SIGNED, CO_SIGNING_CONFIRMED, PUBLICATION_CHANGED,
	KEY_SUPERVISION_MARKED, KEY_SUPERVISION_CLEARED, ASSIGNED, SIGNED_FOR, OBJECTED, OBJECTION_REFUSED, REROUTED, URGED,
	PROGRESS_REPORTED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, ASSISTING_VIEW_GIVEN,
	ASSISTING_VIEWS_WAIVED, REPLIED, RATED, RETURNED_FOR_REHANDLING, CLOSED, FOLLOW_UP_SOLVED,
	/**
	 * The item came from a legacy register (台账); the detail names the file, row and
	 * register number.
	 */
	IMPORTED_FROM_REGISTER,
	/** The item moved on the supervision ladder (by staff, or by the deadline watch). */
	SUPERVISION_LEVEL_ORDINARY, SUPERVISION_LEVEL_KEY, SUPERVISION_LEVEL_LEADER_LED;

	static TimelineAction supervisionLevel(SupervisionLevel level) {
		return valueOf("SUPERVISION_LEVEL_" + level.name());
	}

	public String messageKey() {
		return "loop.timeline." + name();
	}

}
