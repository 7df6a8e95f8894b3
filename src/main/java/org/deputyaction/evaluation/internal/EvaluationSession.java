package org.deputyaction.evaluation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.system.BaseEntity;

import org.springframework.util.Assert;

/**
 * One on-site evaluation of an item's reply: its code, what the voters are shown, until
 * when it takes ratings, and who opened and closed it.
 */
@Entity
@Table(name = "onsite_evaluation")
public class EvaluationSession extends BaseEntity {

	private String code;

	private Long suggestionId;

	private Long countyId;

	private Long replyId;

	private int roundNumber;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private ResultClass resultClass;

	private Instant openedAt;

	private Long openedByUserId;

	private String openedByName;

	private Instant expiresAt;

	private Instant closedAt;

	private Long closedByUserId;

	private String closedByName;

	protected EvaluationSession() {
	}

	public EvaluationSession(String code, Long suggestionId, Long countyId, Long replyId, int roundNumber, String title,
			String summary, ResultClass resultClass, Instant openedAt, Instant expiresAt, Long openedByUserId,
			String openedByName) {
		Assert.isTrue(expiresAt.isAfter(openedAt), "an evaluation ends after it opens");
		this.code = code;
		this.suggestionId = suggestionId;
		this.countyId = countyId;
		this.replyId = replyId;
		this.roundNumber = roundNumber;
		this.title = title;
		this.summary = summary;
		this.resultClass = resultClass;
		this.openedAt = openedAt;
		this.expiresAt = expiresAt;
		this.openedByUserId = openedByUserId;
		this.openedByName = openedByName;
	}

	/** Whether it takes ratings at the given time: not closed and not expired. */
	public boolean isOpenAt(Instant now) {
		return this.closedAt == null && now.isBefore(this.expiresAt);
	}

	/** Closes it early; an evaluation already over stays as it ended. */
	public void close(Instant now, Long userId, String userName) {
		Assert.state(isOpenAt(now), "only an open evaluation can be closed");
		this.closedAt = now;
		this.closedByUserId = userId;
		this.closedByName = userName;
	}

	public String getCode() {
		return this.code;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getCountyId() {
		return this.countyId;
	}

	public Long getReplyId() {
		return this.replyId;
	}

	public int getRoundNumber() {
		return this.roundNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public ResultClass getResultClass() {
		return this.resultClass;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Long getOpenedByUserId() {
		return this.openedByUserId;
	}

	public String getOpenedByName() {
		return this.openedByName;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Long getClosedByUserId() {
		return this.closedByUserId;
	}

	public String getClosedByName() {
		return this.closedByName;
	}

}
