package org.deputyaction.suggestion;

/**
 * What a user may do to an item now: pages show the buttons the detail's actions list.
 * The services check again; this is a convenience, not the rule.
 */
public enum LoopAction {

	EDIT, CO_SIGN, CHANGE_PUBLICATION, ATTACH, ASSIGN, SIGN_FOR, OBJECT, DECIDE_OBJECTION, URGE, REPORT_PROGRESS,
	REQUEST_EXTENSION, DECIDE_EXTENSION, MARK_KEY_SUPERVISION, GIVE_ASSISTING_VIEW, WAIVE_ASSISTING_VIEWS, REPLY, RATE,
	MARK_FOLLOW_UP_SOLVED;

	public String messageKey() {
		return "loop.action." + name();
	}

}
