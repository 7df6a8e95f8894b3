package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.deputyaction.system.BaseEntity;

/**
 * A problem found (问题/民情) at a home or station: what a voter or deputy raised, before it
 * is a suggestion. The voter's contact is private: never on a public page, never shown to
 * handling units.
 */
@Entity
public class Problem extends BaseEntity {

	private String trackingNumber;

	private UUID requestToken;

	private Long countyId;

	private Long venueId;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ProblemSource source;

	private LocalDate foundOn;

	private String contactName;

	private String contactPhone;

	@Enumerated(EnumType.STRING)
	private LoopStatus status;

	private String outcomeReason;

	private Long mergedIntoId;

	private Long suggestionId;

	private Long recordedByUserId;

	private Long recordedByDeputyId;

	private Instant recordedAt;

	private Instant settledAt;

	private Instant updatedAt;

	private String trackingKeyHash;

	private boolean spam;

	private Instant spamMarkedAt;

	private Long spamMarkedByUserId;

	protected Problem() {
	}

	Problem(String trackingNumber, UUID requestToken, Long countyId, Long venueId, String title, String description,
			ProblemSource source, LocalDate foundOn, String contactName, String contactPhone, Long recordedByUserId,
			Long recordedByDeputyId, Instant now) {
		this.trackingNumber = trackingNumber;
		this.requestToken = requestToken;
		this.countyId = countyId;
		this.venueId = venueId;
		this.title = title;
		this.description = description;
		this.source = source;
		this.foundOn = foundOn;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.recordedByUserId = recordedByUserId;
		this.recordedByDeputyId = recordedByDeputyId;
		this.status = LoopStatus.FOUND;
		this.recordedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Settles the problem without a suggestion: resolved on the spot, merged or declined.
	 */
	void settle(LoopStatus outcome, String reason, Long mergedIntoId, Instant now) {
		checkNotSpam();
		this.status.checkTransitionTo(outcome);
		this.status = outcome;
		this.outcomeReason = reason;
		this.mergedIntoId = mergedIntoId;
		this.settledAt = now;
		this.updatedAt = now;
	}

	void writeUpAs(Long suggestionId, Instant now) {
		checkNotSpam();
		this.status.checkTransitionTo(LoopStatus.PROPOSED);
		this.status = LoopStatus.PROPOSED;
		this.suggestionId = suggestionId;
		this.settledAt = now;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/**
	 * Keeps the hash of the voter's private key, which opens the tracking page.
	 */
	void protectWith(String keyHash) {
		this.trackingKeyHash = keyHash;
	}

	/**
	 * Marks an online problem waiting for triage as spam: kept and counted, but out of
	 * the queue until the mark is taken back.
	 */
	void markSpam(Long userId, Instant now) {
		if (this.source != ProblemSource.ONLINE) {
			throw new LoopRuleViolation("loop.rule.spamOnlyOnline");
		}
		if (this.status != LoopStatus.FOUND) {
			throw new LoopRuleViolation("loop.rule.spamOnlyFound");
		}
		if (this.spam) {
			throw new LoopRuleViolation("loop.rule.alreadySpam");
		}
		this.spam = true;
		this.spamMarkedAt = now;
		this.spamMarkedByUserId = userId;
		this.updatedAt = now;
	}

	/** Takes a spam mark back: the problem returns to the queue. */
	void clearSpam(Instant now) {
		if (!this.spam) {
			throw new LoopRuleViolation("loop.rule.notSpam");
		}
		this.spam = false;
		this.spamMarkedAt = null;
		this.spamMarkedByUserId = null;
		this.updatedAt = now;
	}

	private void checkNotSpam() {
		if (this.spam) {
			throw new LoopRuleViolation("loop.rule.problemIsSpam", this.trackingNumber);
		}
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
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

	public String getDescription() {
		return this.description;
	}

	public ProblemSource getSource() {
		return this.source;
	}

	public LocalDate getFoundOn() {
		return this.foundOn;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public LoopStatus getStatus() {
		return this.status;
	}

	public String getOutcomeReason() {
		return this.outcomeReason;
	}

	public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getRecordedByUserId() {
		return this.recordedByUserId;
	}

	public Long getRecordedByDeputyId() {
		return this.recordedByDeputyId;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Instant getSettledAt() {
		return this.settledAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getTrackingKeyHash() {
		return this.trackingKeyHash;
	}

	public boolean isSpam() {
		return this.spam;
	}

	public Instant getSpamMarkedAt() {
		return this.spamMarkedAt;
	}

	public Long getSpamMarkedByUserId() {
		return this.spamMarkedByUserId;
	}

}
