package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a problem raised online has come, as its tracking page shows it to the voter
 * who holds its key: dates, states, the suggestion's number, the lead unit and the public
 * parts of the reply (result class and measures, only when the suggestion is public).
 * Nobody's name or contact is in it: not the voter's, not a deputy's, not the staff's.
 */
public record ProblemProgress(String trackingNumber, String title, String venueName, String countyName,
		LocalDate receivedOn, LoopStatus problemStatus, LocalDate settledOn, String outcomeReason,
		String suggestionNumber, LoopStatus suggestionStatus, LocalDate proposedOn, LocalDate assignedOn,
		String leadUnitName, LocalDate dueOn, LocalDate repliedOn, ResultClass resultClass, String measures,
		LocalDate closedOn) {

	/** The state to show: once written up, the suggestion's. */
	public LoopStatus shownStatus() {
		return (this.suggestionStatus != null) ? this.suggestionStatus : this.problemStatus;
	}

	/**
	 * The steps of the loop this problem takes, in order: those reached with their dates,
	 * then those still ahead. A problem settled without a suggestion ends at its outcome.
	 */
	public List<Step> steps() {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(LoopStatus.FOUND, this.receivedOn, true));
		if (this.problemStatus == LoopStatus.RESOLVED_DIRECTLY || this.problemStatus == LoopStatus.MERGED
				|| this.problemStatus == LoopStatus.DECLINED) {
			steps.add(new Step(this.problemStatus, this.settledOn, true));
			return steps;
		}
		steps.add(new Step(LoopStatus.PROPOSED, this.proposedOn, this.suggestionStatus != null));
		steps.add(new Step(LoopStatus.ASSIGNED, this.assignedOn, this.assignedOn != null));
		steps.add(new Step(LoopStatus.FED_BACK, this.repliedOn, this.repliedOn != null));
		steps.add(new Step(LoopStatus.CLOSED, this.closedOn, this.suggestionStatus == LoopStatus.CLOSED));
		return steps;
	}

	/**
	 * One step of the loop: its state, the day it was reached, and whether it has been.
	 */
	public record Step(LoopStatus status, LocalDate on, boolean reached) {

	}

}
