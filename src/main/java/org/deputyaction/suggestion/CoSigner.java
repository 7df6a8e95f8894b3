package org.deputyaction.suggestion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * A co-signing deputy (附议代表) of a suggestion: invited by whoever wrote it up, counted
 * once the deputy confirms.
 */
@Entity
@Table(name = "suggestion_co_signer")
public class CoSigner extends BaseEntity {

	private Long suggestionId;

	private Long deputyId;

	private Instant invitedAt;

	private Instant confirmedAt;

	protected CoSigner() {
	}

	CoSigner(Long suggestionId, Long deputyId, Instant invitedAt) {
		this.suggestionId = suggestionId;
		this.deputyId = deputyId;
		this.invitedAt = invitedAt;
	}

	void confirm(Instant now) {
		if (this.confirmedAt != null) {
			throw new LoopRuleViolation("loop.rule.coSigningAlreadyConfirmed");
		}
		this.confirmedAt = now;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getDeputyId() {
		return this.deputyId;
	}

	public Instant getInvitedAt() {
		return this.invitedAt;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public boolean isConfirmed() {
		return this.confirmedAt != null;
	}

}
