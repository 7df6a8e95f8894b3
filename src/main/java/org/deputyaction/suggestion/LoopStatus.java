package org.deputyaction.suggestion;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an item of the closed loop and the only legal steps between them.
 * Problems use the first five (FOUND and its outcomes, PROPOSED once written up);
 * suggestions start at PROPOSED. A step to the same state is legal only where the loop
 * repeats an event (re-routing while ASSIGNED, further supervision while SUPERVISED).
 */
public enum LoopStatus {

	/** 发现问题: recorded, waiting for triage. */
	FOUND,
	/** Resolved on the spot, no suggestion needed. */
	RESOLVED_DIRECTLY,
	/** Merged into another problem. */
	MERGED,
	/** Not admissible (personal matters, court cases and the like). */
	DECLINED,
	/** 提出建议: written up as a suggestion, waiting for assignment. */
	PROPOSED,
	/** 交办建议: assigned to a lead unit (and assisting units) with a due date. */
	ASSIGNED,
	/**
	 * 督办建议: under supervision (urging, progress, extension, key supervision,
	 * re-handling).
	 */
	SUPERVISED,
	/** 反馈结果: the lead unit replied; waiting for the deputy's rating. */
	FED_BACK,
	/** 办结: the loop is finished. */
	CLOSED;

	private Set<LoopStatus> next;

	static {
		FOUND.next = EnumSet.of(RESOLVED_DIRECTLY, MERGED, DECLINED, PROPOSED);
		RESOLVED_DIRECTLY.next = EnumSet.noneOf(LoopStatus.class);
		MERGED.next = EnumSet.noneOf(LoopStatus.class);
		DECLINED.next = EnumSet.noneOf(LoopStatus.class);
		PROPOSED.next = EnumSet.of(ASSIGNED);
		ASSIGNED.next = EnumSet.of(ASSIGNED, SUPERVISED, FED_BACK);
		SUPERVISED.next = EnumSet.of(SUPERVISED, FED_BACK);
		FED_BACK.next = EnumSet.of(SUPERVISED, CLOSED);
		CLOSED.next = EnumSet.noneOf(LoopStatus.class);
	}

	/**
	 * The states this one may move to.
	 */
	public Set<LoopStatus> nextSteps() {
		return Collections.unmodifiableSet(this.next);
	}

	public boolean canTransitionTo(LoopStatus target) {
		return target != null && this.next.contains(target);
	}

	/**
	 * Refuses an illegal step with a message the user can read.
	 * @throws LoopRuleViolation when {@code target} is not a legal next step
	 */
	public void checkTransitionTo(LoopStatus target) {
		if (!canTransitionTo(target)) {
			throw new LoopRuleViolation("loop.rule.illegalTransition", messageKey(), target.messageKey());
		}
	}

	/**
	 * Whether nothing can follow: the item's loop is over.
	 */
	public boolean isTerminal() {
		return this.next.isEmpty();
	}

	/**
	 * Whether the item is with its handling units (assigned or under supervision): the
	 * state in which it can be near-due or overdue.
	 */
	public boolean isBeingHandled() {
		return this == ASSIGNED || this == SUPERVISED;
	}

	/**
	 * Whether this is a state of a suggestion (rather than of a problem only).
	 */
	public boolean isSuggestionState() {
		return this.ordinal() >= PROPOSED.ordinal();
	}

	public String messageKey() {
		return "loop.status." + name();
	}

}
