package org.deputyaction.demo.loop;

import org.deputyaction.suggestion.LoopStatus;

/**
 * Where a demo item ends up today, and by which road. Each has a weight in the mix of
 * items; suggestions' scenarios also decide their dates against today (near-due,
 * overdue).
 */
public enum Scenario {

	// Problems that never become suggestions.
	FOUND(LoopStatus.FOUND, 40), RESOLVED_DIRECTLY(LoopStatus.RESOLVED_DIRECTLY, 30), MERGED(LoopStatus.MERGED, 15),
	DECLINED(LoopStatus.DECLINED, 15),

	// Suggestions.
	PROPOSED(LoopStatus.PROPOSED, 20),
	/** Assigned in the last days; the lead unit has not signed for it yet. */
	ASSIGNED_TO_SIGN(LoopStatus.ASSIGNED, 12), ASSIGNED_ON_TRACK(LoopStatus.ASSIGNED, 25),
	ASSIGNED_NEAR_DUE(LoopStatus.ASSIGNED, 14), ASSIGNED_OVERDUE(LoopStatus.ASSIGNED, 14),
	/** A unit objected within the window; the office has not decided. */
	ASSIGNED_OBJECTED(LoopStatus.ASSIGNED, 6),
	/** The lead unit objected and the office re-routed the item to another unit. */
	ASSIGNED_REROUTED(LoopStatus.ASSIGNED, 8),
	/** The lead unit objected and the office refused the objection. */
	ASSIGNED_OBJECTION_REFUSED(LoopStatus.ASSIGNED, 5), SUPERVISED_URGED(LoopStatus.SUPERVISED, 18),
	SUPERVISED_EXTENDED(LoopStatus.SUPERVISED, 10), SUPERVISED_EXTENSION_PENDING(LoopStatus.SUPERVISED, 6),
	SUPERVISED_KEY(LoopStatus.SUPERVISED, 8),
	/** Rated unsatisfied: a second round is open. */
	SUPERVISED_REHANDLING(LoopStatus.SUPERVISED, 8), FED_BACK(LoopStatus.FED_BACK, 20),
	FED_BACK_SECOND_ROUND(LoopStatus.FED_BACK, 4), CLOSED(LoopStatus.CLOSED, 40),
	/** Closed with result class B or C, still on the follow-up list. */
	CLOSED_FOLLOW_UP(LoopStatus.CLOSED, 14),
	/** Closed with result class B or C and later marked solved. */
	CLOSED_FOLLOW_UP_SOLVED(LoopStatus.CLOSED, 10),
	/** Rated unsatisfied once, re-handled, then closed. */
	CLOSED_REHANDLED(LoopStatus.CLOSED, 8);

	private final LoopStatus status;

	private final int weight;

	Scenario(LoopStatus status, int weight) {
		this.status = status;
		this.weight = weight;
	}

	/** The item's state at the end. */
	public LoopStatus status() {
		return this.status;
	}

	/** The share of this scenario in the demo mix (out of the sum of all weights). */
	public int weight() {
		return this.weight;
	}

	public boolean isSuggestion() {
		return this.status.isSuggestionState();
	}

	/** Whether the item stays open, so that its dates are pinned to today. */
	public boolean isOpen() {
		return !this.status.isTerminal() && this != FOUND;
	}

}
