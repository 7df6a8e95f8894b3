package org.deputyaction.suggestion;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one unit's assignment stands, apart from the handling rounds: waiting to be
 * signed for, signed for, objected to (the office decides), or re-routed to another unit
 * (final; the assignment stays in the history).
 */
public enum AssignmentStatus {

	PENDING, SIGNED_FOR, OBJECTED, REROUTED;

	private Set<AssignmentStatus> next;

	static {
		PENDING.next = EnumSet.of(SIGNED_FOR, OBJECTED);
		SIGNED_FOR.next = EnumSet.of(OBJECTED);
		// a refused objection leaves the unit to sign for (or keeps it signed for)
		OBJECTED.next = EnumSet.of(PENDING, SIGNED_FOR, REROUTED);
		REROUTED.next = EnumSet.noneOf(AssignmentStatus.class);
	}

	public Set<AssignmentStatus> nextSteps() {
		return Collections.unmodifiableSet(this.next);
	}

	public boolean canTransitionTo(AssignmentStatus target) {
		return target != null && this.next.contains(target);
	}

	public void checkTransitionTo(AssignmentStatus target) {
		if (!canTransitionTo(target)) {
			throw new LoopRuleViolation("loop.rule.illegalAssignmentTransition", messageKey(), target.messageKey());
		}
	}

	/** Whether the unit still holds the assignment (not re-routed away). */
	public boolean isActive() {
		return this != REROUTED;
	}

	public String messageKey() {
		return "loop.assignmentStatus." + name();
	}

}
