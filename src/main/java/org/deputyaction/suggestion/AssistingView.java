package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * An assisting unit's view (协办意见) given to the lead unit in one round; attached to the
 * lead unit's reply.
 */
@Entity
@Table(name = "assisting_view")
public class AssistingView extends BaseEntity {

	private Long roundId;

	private Long suggestionId;

	private Long unitId;

	private String viewText;

	private LocalDate givenOn;

	private Instant givenAt;

	private Long givenByUserId;

	protected AssistingView() {
	}

	AssistingView(Long roundId, Long suggestionId, Long unitId, String viewText, LocalDate givenOn, Instant givenAt,
			Long givenByUserId) {
		this.roundId = roundId;
		this.suggestionId = suggestionId;
		this.unitId = unitId;
		this.viewText = viewText;
		this.givenOn = givenOn;
		this.givenAt = givenAt;
		this.givenByUserId = givenByUserId;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getViewText() {
		return this.viewText;
	}

	public LocalDate getGivenOn() {
		return this.givenOn;
	}

	public Instant getGivenAt() {
		return this.givenAt;
	}

	public Long getGivenByUserId() {
		return this.givenByUserId;
	}

}
