package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.system.BaseEntity;

/**
 * A written suggestion (建议) with a number people can say on the phone, its lead deputy,
 * its place in the loop and its current due date. Every change goes through
 * {@link LoopStatus}; every command touches the row, so that its version moves and a
 * concurrent command on the same item fails.
 */
@Entity
public class Suggestion extends BaseEntity {

	private String number;

	private UUID requestToken;

	private Long countyId;

	private Long venueId;

	private String title;

	private String content;

	private Long categoryId;

	@Enumerated(EnumType.STRING)
	private AdministrativeLevel level;

	private String congressTerm;

	private Long leadDeputyId;

	@Enumerated(EnumType.STRING)
	private LoopStatus status;

	private boolean publicVisible = true;

	private boolean keySupervision;

	private String keySupervisionLeader;

	@Enumerated(EnumType.STRING)
	private SupervisionLevel supervisionLevel = SupervisionLevel.ORDINARY;

	private Instant supervisionLevelChangedAt;

	private Long supervisionLevelChangedBy;

	private LocalDate proposedOn;

	private Instant proposedAt;

	private Long proposedByUserId;

	private LocalDate assignedOn;

	private Long assignedByUserId;

	private Long leadUnitId;

	private LocalDate firstDueOn;

	private LocalDate dueOn;

	private LocalDate maxDueOn;

	@Column(name = "handling_round")
	private int round;

	private LocalDate repliedOn;

	@Enumerated(EnumType.STRING)
	private ResultClass resultClass;

	private LocalDate closedOn;

	private boolean followUpPending;

	private LocalDate followUpSolvedOn;

	private String followUpNote;

	private Instant updatedAt;

	protected Suggestion() {
	}

	Suggestion(String number, UUID requestToken, Long countyId, Long venueId, String title, String content,
			Long categoryId, AdministrativeLevel level, String congressTerm, Long leadDeputyId, boolean publicVisible,
			Long proposedByUserId, LocalDate today, Instant now) {
		this.number = number;
		this.requestToken = requestToken;
		this.countyId = countyId;
		this.venueId = venueId;
		this.title = title;
		this.content = content;
		this.categoryId = categoryId;
		this.level = level;
		this.congressTerm = congressTerm;
		this.leadDeputyId = leadDeputyId;
		this.publicVisible = publicVisible;
		this.proposedByUserId = proposedByUserId;
		this.status = LoopStatus.PROPOSED;
		this.proposedOn = today;
		this.proposedAt = now;
		this.updatedAt = now;
	}

	private void moveTo(LoopStatus target) {
		this.status.checkTransitionTo(target);
		this.status = target;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void edit(String title, String content, Long categoryId, AdministrativeLevel level, String congressTerm) {
		if (this.status != LoopStatus.PROPOSED) {
			throw new LoopRuleViolation("loop.rule.editOnlyWhenProposed", this.status.messageKey());
		}
		this.title = title;
		this.content = content;
		this.categoryId = categoryId;
		this.level = level;
		this.congressTerm = congressTerm;
	}

	void assign(Long leadUnitId, LocalDate assignedOn, LocalDate dueOn, LocalDate maxDueOn, Long byUserId) {
		moveTo(LoopStatus.ASSIGNED);
		this.leadUnitId = leadUnitId;
		this.assignedOn = assignedOn;
		this.assignedByUserId = byUserId;
		this.firstDueOn = dueOn;
		this.dueOn = dueOn;
		this.maxDueOn = maxDueOn;
		this.round = 1;
	}

	/**
	 * Re-routing keeps the state (and the clock): the item stays assigned or supervised.
	 */
	void rerouteLeadTo(Long unitId) {
		moveTo(this.status);
		this.leadUnitId = unitId;
	}

	/**
	 * Checks that the item may stay where it is for a repeated event (re-routing an
	 * assisting unit).
	 */
	void stay() {
		moveTo(this.status);
	}

	/**
	 * Opens supervision (urging, progress, extension, key supervision) on an assigned
	 * item; further supervision of a supervised item keeps it there.
	 */
	void supervise() {
		moveTo(LoopStatus.SUPERVISED);
	}

	void extendDueTo(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	void recordReply(ResultClass resultClass, LocalDate repliedOn) {
		moveTo(LoopStatus.FED_BACK);
		this.resultClass = resultClass;
		this.repliedOn = repliedOn;
	}

	void returnForRehandling(LocalDate newDueOn) {
		moveTo(LoopStatus.SUPERVISED);
		this.round++;
		this.dueOn = newDueOn;
	}

	void close(LocalDate today) {
		moveTo(LoopStatus.CLOSED);
		this.closedOn = today;
		this.followUpPending = this.resultClass != null && this.resultClass.needsFollowUp();
	}

	void markFollowUpSolved(LocalDate today, String note) {
		if (!this.followUpPending) {
			throw new LoopRuleViolation("loop.rule.noFollowUpPending");
		}
		this.followUpPending = false;
		this.followUpSolvedOn = today;
		this.followUpNote = note;
	}

	void markKeySupervision(boolean keySupervision, String leader) {
		this.keySupervision = keySupervision;
		this.keySupervisionLeader = keySupervision ? leader : null;
		if (keySupervision && this.supervisionLevel == SupervisionLevel.ORDINARY) {
			this.supervisionLevel = SupervisionLevel.KEY;
		}
		else if (!keySupervision) {
			this.supervisionLevel = SupervisionLevel.ORDINARY;
		}
	}

	/**
	 * Moves the item on the supervision ladder; the key-supervision flag follows the
	 * rung. A leader already named stays when none is given.
	 */
	void changeSupervisionLevel(SupervisionLevel level, String leader, Long byUserId, Instant now) {
		this.supervisionLevel = level;
		this.keySupervision = level.isKey();
		if (!level.isKey()) {
			this.keySupervisionLeader = null;
		}
		else if (leader != null && !leader.isBlank()) {
			this.keySupervisionLeader = leader.strip();
		}
		this.supervisionLevelChangedAt = now;
		this.supervisionLevelChangedBy = byUserId;
	}

	void publish(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

	/**
	 * Where the item stands against its due date, or empty when it is not with its units.
	 */
	public java.util.Optional<DeadlineState> deadlineState(LoopDeadlines deadlines, LocalDate today) {
		if (!this.status.isBeingHandled() || this.dueOn == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(deadlines.state(this.dueOn, today));
	}

	public String getNumber() {
		return this.number;
	}

	public UUID getRequestToken() {
		return this.requestToken;
	}

	public Long getCountyId() {
		return this.countyId;
	}

	public Long getVenueId() {
		return this.venueId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public AdministrativeLevel getLevel() {
		return this.level;
	}

	public String getCongressTerm() {
		return this.congressTerm;
	}

	public Long getLeadDeputyId() {
		return this.leadDeputyId;
	}

	public LoopStatus getStatus() {
		return this.status;
	}

	public boolean isPublicVisible() {
		return this.publicVisible;
	}

	public boolean isKeySupervision() {
		return this.keySupervision;
	}

	public String getKeySupervisionLeader() {
		return this.keySupervisionLeader;
	}

	public SupervisionLevel getSupervisionLevel() {
		return this.supervisionLevel;
	}

	public Instant getSupervisionLevelChangedAt() {
		return this.supervisionLevelChangedAt;
	}

	public Long getSupervisionLevelChangedBy() {
		return this.supervisionLevelChangedBy;
	}

	public LocalDate getProposedOn() {
		return this.proposedOn;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public Long getProposedByUserId() {
		return this.proposedByUserId;
	}

	public LocalDate getAssignedOn() {
		return this.assignedOn;
	}

	public Long getAssignedByUserId() {
		return this.assignedByUserId;
	}

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public LocalDate getFirstDueOn() {
		return this.firstDueOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public LocalDate getMaxDueOn() {
		return this.maxDueOn;
	}

	public int getRound() {
		return this.round;
	}

	public LocalDate getRepliedOn() {
		return this.repliedOn;
	}

	public ResultClass getResultClass() {
		return this.resultClass;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public boolean isFollowUpPending() {
		return this.followUpPending;
	}

	public LocalDate getFollowUpSolvedOn() {
		return this.followUpSolvedOn;
	}

	public String getFollowUpNote() {
		return this.followUpNote;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
