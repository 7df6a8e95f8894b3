package org.deputyaction.suggestion;

/**
 * The supervision ladder (督办层级): ordinary supervision (一般督办), key supervision (重点督办) and
 * supervision led by a congress leader (领导领办). Staff move an item up or down; an item
 * that stays overdue climbs by itself.
 */
public enum SupervisionLevel {

	ORDINARY, KEY, LEADER_LED;

	/** Whether this rung counts as key supervision (the flag the lists show). */
	public boolean isKey() {
		return this != ORDINARY;
	}

	public boolean isAbove(SupervisionLevel other) {
		return compareTo(other) > 0;
	}

	public String messageKey() {
		return "loop.supervisionLevel." + name();
	}

}
