package org.deputyaction.suggestion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * One change of an item: who, when, what, the state before and after, and a short detail
 * in the words the user typed (reasons, unit names). Written in the same transaction as
 * the change; never edited.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends BaseEntity {

	private Long suggestionId;

	private Long problemId;

	private Instant occurredAt;

	private Long actorUserId;

	private String actorName;

	private String actorRole;

	@Enumerated(EnumType.STRING)
	private TimelineAction action;

	@Enumerated(EnumType.STRING)
	private LoopStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private LoopStatus toStatus;

	private String detail;

	protected TimelineEntry() {
	}

	TimelineEntry(Long suggestionId, Long problemId, Instant occurredAt, Long actorUserId, String actorName,
			String actorRole, TimelineAction action, LoopStatus fromStatus, LoopStatus toStatus, String detail) {
		this.suggestionId = suggestionId;
		this.problemId = problemId;
		this.occurredAt = occurredAt;
		this.actorUserId = actorUserId;
		this.actorName = actorName;
		this.actorRole = actorRole;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.detail = (detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getProblemId() {
		return this.problemId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Long getActorUserId() {
		return this.actorUserId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public String getActorRole() {
		return this.actorRole;
	}

	public TimelineAction getAction() {
		return this.action;
	}

	public LoopStatus getFromStatus() {
		return this.fromStatus;
	}

	public LoopStatus getToStatus() {
		return this.toStatus;
	}

	public String getDetail() {
		return this.detail;
	}

}
