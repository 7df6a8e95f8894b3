package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * An urging (催办) of a unit by the office, or a progress report, in one round.
 */
@Entity
@Table(name = "supervision_entry")
public class SupervisionEntry extends BaseEntity {

	private Long suggestionId;

	@Enumerated(EnumType.STRING)
	private SupervisionKind kind;

	private Long unitId;

	private int roundNumber;

	private String entryText;

	private LocalDate entryOn;

	private Instant recordedAt;

	private Long recordedByUserId;

	protected SupervisionEntry() {
	}

	SupervisionEntry(Long suggestionId, SupervisionKind kind, Long unitId, int roundNumber, String entryText,
			LocalDate entryOn, Instant recordedAt, Long recordedByUserId) {
		this.suggestionId = suggestionId;
		this.kind = kind;
		this.unitId = unitId;
		this.roundNumber = roundNumber;
		this.entryText = entryText;
		this.entryOn = entryOn;
		this.recordedAt = recordedAt;
		this.recordedByUserId = recordedByUserId;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public SupervisionKind getKind() {
		return this.kind;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public int getRoundNumber() {
		return this.roundNumber;
	}

	public String getEntryText() {
		return this.entryText;
	}

	public LocalDate getEntryOn() {
		return this.entryOn;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Long getRecordedByUserId() {
		return this.recordedByUserId;
	}

}
