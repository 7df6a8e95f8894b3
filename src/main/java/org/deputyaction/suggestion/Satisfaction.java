package org.deputyaction.suggestion;

/**
 * One axis of a deputy's rating: 满意, 基本满意 or 不满意.
 */
public enum Satisfaction {

	SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;

	public boolean isSatisfiedAtLeastBasically() {
		return this != UNSATISFIED;
	}

	/**
	 * What a rating on the two axes does to the item: any 不满意 sends it back for
	 * re-handling; otherwise it closes.
	 */
	public static LoopStatus outcome(Satisfaction handlingWork, Satisfaction result) {
		return (handlingWork == UNSATISFIED || result == UNSATISFIED) ? LoopStatus.SUPERVISED : LoopStatus.CLOSED;
	}

	public String messageKey() {
		return "loop.satisfaction." + name();
	}

}
