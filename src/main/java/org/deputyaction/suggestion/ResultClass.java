package org.deputyaction.suggestion;

/**
 * The result class (答复类别) the lead unit marks on its reply.
 */
public enum ResultClass {

	/** Solved or basically solved. */
	A,
	/** Being solved, or planned and scheduled. */
	B,
	/** Cannot be solved now for lack of conditions; to be solved later. */
	C,
	/** Kept for reference, with an explanation to the deputy. */
	D;

	/**
	 * Whether a closed item of this class stays on the follow-up list until marked
	 * solved.
	 */
	public boolean needsFollowUp() {
		return this == B || this == C;
	}

	public String messageKey() {
		return "loop.resultClass." + name();
	}

}
