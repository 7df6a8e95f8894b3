package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.deputyaction.system.BaseEntity;

/**
 * The lead deputy's rating of one reply, on the handling work and on the result.
 */
@Entity
public class Rating extends BaseEntity {

	private Long suggestionId;

	private Long replyId;

	private int roundNumber;

	private Long deputyId;

	@Enumerated(EnumType.STRING)
	private Satisfaction handlingWork;

	@Enumerated(EnumType.STRING)
	private Satisfaction result;

	private String comment;

	private LocalDate ratedOn;

	private boolean onBehalf;

	private Instant recordedAt;

	private Long recordedByUserId;

	protected Rating() {
	}

	Rating(Long suggestionId, Long replyId, int roundNumber, Long deputyId, Satisfaction handlingWork,
			Satisfaction result, String comment, LocalDate ratedOn, boolean onBehalf, Instant recordedAt,
			Long recordedByUserId) {
		this.suggestionId = suggestionId;
		this.replyId = replyId;
		this.roundNumber = roundNumber;
		this.deputyId = deputyId;
		this.handlingWork = handlingWork;
		this.result = result;
		this.comment = comment;
		this.ratedOn = ratedOn;
		this.onBehalf = onBehalf;
		this.recordedAt = recordedAt;
		this.recordedByUserId = recordedByUserId;
	}

	/** Where this rating sends the item: closed, or back to supervision. */
	public LoopStatus outcome() {
		return Satisfaction.outcome(this.handlingWork, this.result);
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getReplyId() {
		return this.replyId;
	}

	public int getRoundNumber() {
		return this.roundNumber;
	}

	public Long getDeputyId() {
		return this.deputyId;
	}

	public Satisfaction getHandlingWork() {
		return this.handlingWork;
	}

	public Satisfaction getResult() {
		return this.result;
	}

	public String getComment() {
		return this.comment;
	}

	public LocalDate getRatedOn() {
		return this.ratedOn;
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
