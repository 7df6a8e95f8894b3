package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * A unit's request to move the due date later (延期). The office approves, setting the
 * final date itself, or refuses; one request may be open at a time.
 */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends BaseEntity {

	private Long suggestionId;

	private Long unitId;

	private LocalDate currentDueOn;

	private LocalDate requestedDueOn;

	private String reason;

	@Enumerated(EnumType.STRING)
	private ExtensionStatus status;

	private Instant requestedAt;

	private Long requestedByUserId;

	private Instant decidedAt;

	private Long decidedByUserId;

	private LocalDate grantedDueOn;

	private String decisionReason;

	protected ExtensionRequest() {
	}

	ExtensionRequest(Long suggestionId, Long unitId, LocalDate currentDueOn, LocalDate requestedDueOn, String reason,
			Instant requestedAt, Long requestedByUserId) {
		this.suggestionId = suggestionId;
		this.unitId = unitId;
		this.currentDueOn = currentDueOn;
		this.requestedDueOn = requestedDueOn;
		this.reason = reason;
		this.status = ExtensionStatus.PENDING;
		this.requestedAt = requestedAt;
		this.requestedByUserId = requestedByUserId;
	}

	void approve(LocalDate grantedDueOn, String reason, Long byUserId, Instant now) {
		decide(ExtensionStatus.APPROVED, reason, byUserId, now);
		this.grantedDueOn = grantedDueOn;
	}

	void refuse(String reason, Long byUserId, Instant now) {
		decide(ExtensionStatus.REFUSED, reason, byUserId, now);
	}

	private void decide(ExtensionStatus decision, String reason, Long byUserId, Instant now) {
		if (this.status != ExtensionStatus.PENDING) {
			throw new LoopRuleViolation("loop.rule.extensionAlreadyDecided");
		}
		this.status = decision;
		this.decisionReason = reason;
		this.decidedByUserId = byUserId;
		this.decidedAt = now;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public LocalDate getCurrentDueOn() {
		return this.currentDueOn;
	}

	public LocalDate getRequestedDueOn() {
		return this.requestedDueOn;
	}

	public String getReason() {
		return this.reason;
	}

	public ExtensionStatus getStatus() {
		return this.status;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Long getRequestedByUserId() {
		return this.requestedByUserId;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Long getDecidedByUserId() {
		return this.decidedByUserId;
	}

	public LocalDate getGrantedDueOn() {
		return this.grantedDueOn;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

}
