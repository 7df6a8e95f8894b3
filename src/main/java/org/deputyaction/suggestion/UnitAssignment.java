package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * One unit's assignment to a suggestion, as lead or assisting unit: signed for, objected
 * to within the window, or re-routed. A re-routed assignment stays, pointing at the one
 * that replaced it.
 */
@Entity
@Table(name = "unit_assignment")
public class UnitAssignment extends BaseEntity {

	private Long suggestionId;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private AssignmentRole role;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus status;

	private LocalDate assignedOn;

	private Long assignedByUserId;

	private LocalDate objectionDeadline;

	private Instant signedForAt;

	private Long signedForByUserId;

	private String objectionReason;

	private Instant objectedAt;

	private Long objectedByUserId;

	private Instant objectionRefusedAt;

	private String objectionRefusalReason;

	private Instant reroutedAt;

	private String rerouteReason;

	private Long replacesId;

	private Long replacedById;

	protected UnitAssignment() {
	}

	UnitAssignment(Long suggestionId, Long unitId, AssignmentRole role, LocalDate assignedOn,
			LocalDate objectionDeadline, Long assignedByUserId, Long replacesId) {
		this.suggestionId = suggestionId;
		this.unitId = unitId;
		this.role = role;
		this.status = AssignmentStatus.PENDING;
		this.assignedOn = assignedOn;
		this.objectionDeadline = objectionDeadline;
		this.assignedByUserId = assignedByUserId;
		this.replacesId = replacesId;
	}

	private void moveTo(AssignmentStatus target) {
		this.status.checkTransitionTo(target);
		this.status = target;
	}

	void signFor(Long byUserId, Instant now) {
		moveTo(AssignmentStatus.SIGNED_FOR);
		this.signedForAt = now;
		this.signedForByUserId = byUserId;
	}

	void object(String reason, LocalDate today, Long byUserId, Instant now) {
		if (today.isAfter(this.objectionDeadline)) {
			throw new LoopRuleViolation("loop.rule.objectionWindowClosed", this.objectionDeadline);
		}
		if (this.objectionRefusedAt != null) {
			throw new LoopRuleViolation("loop.rule.objectionAlreadyRefused");
		}
		moveTo(AssignmentStatus.OBJECTED);
		this.objectionReason = reason;
		this.objectedAt = now;
		this.objectedByUserId = byUserId;
	}

	void refuseObjection(String reason, Instant now) {
		moveTo((this.signedForAt != null) ? AssignmentStatus.SIGNED_FOR : AssignmentStatus.PENDING);
		this.objectionRefusedAt = now;
		this.objectionRefusalReason = reason;
	}

	void reroutedTo(Long replacementId, String reason, Instant now) {
		moveTo(AssignmentStatus.REROUTED);
		this.replacedById = replacementId;
		this.rerouteReason = reason;
		this.reroutedAt = now;
	}

	void replacedBy(Long replacementId) {
		this.replacedById = replacementId;
	}

	public boolean isActive() {
		return this.status.isActive();
	}

	public boolean isLead() {
		return this.role == AssignmentRole.LEAD;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public AssignmentRole getRole() {
		return this.role;
	}

	public AssignmentStatus getStatus() {
		return this.status;
	}

	public LocalDate getAssignedOn() {
		return this.assignedOn;
	}

	public Long getAssignedByUserId() {
		return this.assignedByUserId;
	}

	public LocalDate getObjectionDeadline() {
		return this.objectionDeadline;
	}

	public Instant getSignedForAt() {
		return this.signedForAt;
	}

	public Long getSignedForByUserId() {
		return this.signedForByUserId;
	}

	public String getObjectionReason() {
		return this.objectionReason;
	}

	public Instant getObjectedAt() {
		return this.objectedAt;
	}

	public Long getObjectedByUserId() {
		return this.objectedByUserId;
	}

	public Instant getObjectionRefusedAt() {
		return this.objectionRefusedAt;
	}

	public String getObjectionRefusalReason() {
		return this.objectionRefusalReason;
	}

	public Instant getReroutedAt() {
		return this.reroutedAt;
	}

	public String getRerouteReason() {
		return this.rerouteReason;
	}

	public Long getReplacesId() {
		return this.replacesId;
	}

	public Long getReplacedById() {
		return this.replacedById;
	}

}
