package org.deputyaction.suggestion;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * One round of handling: the first starts at assignment, each unsatisfied rating starts
 * another. The assisting units' views and the lead unit's reply belong to a round.
 */
@Entity
@Table(name = "handling_round")
public class HandlingRound extends BaseEntity {

	private Long suggestionId;

	@Column(name = "number")
	private int number;

	private LocalDate startedOn;

	private LocalDate dueOn;

	private LocalDate assistingViewsDueOn;

	private boolean viewsWaived;

	private String viewsWaivedReason;

	private LocalDate repliedOn;

	protected HandlingRound() {
	}

	HandlingRound(Long suggestionId, int number, LocalDate startedOn, LocalDate dueOn, LocalDate assistingViewsDueOn) {
		this.suggestionId = suggestionId;
		this.number = number;
		this.startedOn = startedOn;
		this.dueOn = dueOn;
		this.assistingViewsDueOn = assistingViewsDueOn;
	}

	void waiveViews(String reason) {
		if (this.viewsWaived) {
			throw new LoopRuleViolation("loop.rule.viewsAlreadyWaived");
		}
		this.viewsWaived = true;
		this.viewsWaivedReason = reason;
	}

	void replied(LocalDate repliedOn) {
		this.repliedOn = repliedOn;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public int getNumber() {
		return this.number;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public LocalDate getAssistingViewsDueOn() {
		return this.assistingViewsDueOn;
	}

	public boolean isViewsWaived() {
		return this.viewsWaived;
	}

	public String getViewsWaivedReason() {
		return this.viewsWaivedReason;
	}

	public LocalDate getRepliedOn() {
		return this.repliedOn;
	}

}
