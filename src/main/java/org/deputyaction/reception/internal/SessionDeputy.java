package org.deputyaction.reception.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One deputy of a session: on duty as scheduled, and whether they attended.
 */
@Embeddable
public class SessionDeputy {

	@Column(name = "deputy_id", nullable = false)
	private Long deputyId;

	@Column(name = "on_duty", nullable = false)
	private boolean onDuty;

	@Column(nullable = false)
	private boolean attended;

	protected SessionDeputy() {
	}

	public SessionDeputy(Long deputyId, boolean onDuty, boolean attended) {
		this.deputyId = deputyId;
		this.onDuty = onDuty;
		this.attended = attended;
	}

	public Long getDeputyId() {
		return this.deputyId;
	}

	public boolean isOnDuty() {
		return this.onDuty;
	}

	public boolean isAttended() {
		return this.attended;
	}

}
