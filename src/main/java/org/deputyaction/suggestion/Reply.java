package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.deputyaction.system.BaseEntity;

/**
 * The lead unit's formal reply (答复) in one round, with its result class and whether it
 * came by the due date.
 */
@Entity
public class Reply extends BaseEntity {

	private Long suggestionId;

	private Long roundId;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private ResultClass resultClass;

	private String measures;

	private String content;

	private LocalDate repliedOn;

	private LocalDate dueOn;

	private boolean onTime;

	private boolean onBehalf;

	private Instant recordedAt;

	private Long recordedByUserId;

	protected Reply() {
	}

	Reply(Long suggestionId, Long roundId, Long unitId, ResultClass resultClass, String measures, String content,
			LocalDate repliedOn, LocalDate dueOn, boolean onBehalf, Instant recordedAt, Long recordedByUserId) {
		this.suggestionId = suggestionId;
		this.roundId = roundId;
		this.unitId = unitId;
		this.resultClass = resultClass;
		this.measures = measures;
		this.content = content;
		this.repliedOn = repliedOn;
		this.dueOn = dueOn;
		this.onTime = !repliedOn.isAfter(dueOn);
		this.onBehalf = onBehalf;
		this.recordedAt = recordedAt;
		this.recordedByUserId = recordedByUserId;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public ResultClass getResultClass() {
		return this.resultClass;
	}

	public String getMeasures() {
		return this.measures;
	}

	public String getContent() {
		return this.content;
	}

	public LocalDate getRepliedOn() {
		return this.repliedOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public boolean isOnTime() {
		return this.onTime;
	}

	public boolean isOnBehalf() {
		return this.onBehalf;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Long getRecordedByUserId() {
		return this.recordedByUserId;
	}

}
