package org.deputyaction.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.deputyaction.reception.SessionKind;
import org.deputyaction.reception.SessionStatus;
import org.deputyaction.system.BaseEntity;

import org.springframework.util.Assert;

/**
 * A reception day or deputy action at one home or station: its schedule with the deputies
 * on duty and, once held, its record (attendance, voters received, minutes).
 */
@Entity
@Table(name = "reception_session")
public class ReceptionSession extends BaseEntity {

	private Long countyId;

	private Long venueId;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;

	private LocalDate heldOn;

	private short startsMinute;

	private short endsMinute;

	private String place;

	private String theme;

	@Enumerated(EnumType.STRING)
	private SessionStatus status;

	private Integer votersReceived;

	private String minutes;

	private String cancelReason;

	private Instant createdAt;

	private String createdBy;

	private Instant recordedAt;

	private String recordedBy;

	private Instant updatedAt;

	private String updatedBy;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "reception_session_deputy", joinColumns = @JoinColumn(name = "session_id"))
	private List<SessionDeputy> deputies = new ArrayList<>();

	protected ReceptionSession() {
	}

	public ReceptionSession(Long countyId, Long venueId, SessionKind kind, Instant now, String by) {
		this.countyId = countyId;
		this.venueId = venueId;
		this.kind = kind;
		this.status = SessionStatus.SCHEDULED;
		this.createdAt = now;
		this.createdBy = by;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/**
	 * Sets date, time, place, theme and the deputies on duty. Deputies who attended stay
	 * marked.
	 */
	public void schedule(SessionKind kind, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place,
			String theme, Collection<Long> onDuty, Instant now, String by) {
		Assert.isTrue(endsAt.isAfter(startsAt), "a session ends after it starts");
		this.kind = kind;
		this.heldOn = heldOn;
		this.startsMinute = (short) (startsAt.toSecondOfDay() / 60);
		this.endsMinute = (short) (endsAt.toSecondOfDay() / 60);
		this.place = place;
		this.theme = theme;
		List<Long> attended = attendedIds();
		replaceDeputies(onDuty, attended);
		touch(now, by);
	}

	/**
	 * Records the session as held: who attended, voters received, minutes.
	 */
	public void record(Collection<Long> attended, int votersReceived, String minutes, Instant now, String by) {
		Assert.state(this.status != SessionStatus.CANCELLED, "a cancelled session is not recorded");
		replaceDeputies(onDutyIds(), attended);
		this.votersReceived = votersReceived;
		this.minutes = minutes;
		if (this.status != SessionStatus.RECORDED) {
			this.recordedAt = now;
			this.recordedBy = by;
		}
		this.status = SessionStatus.RECORDED;
		touch(now, by);
	}

	public void cancel(String reason, Instant now, String by) {
		Assert.state(this.status == SessionStatus.SCHEDULED, "only a scheduled session is cancelled");
		this.status = SessionStatus.CANCELLED;
		this.cancelReason = reason;
		touch(now, by);
	}

	public void touch(Instant now, String by) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	private void replaceDeputies(Collection<Long> onDuty, Collection<Long> attended) {
		Set<Long> all = new LinkedHashSet<>(onDuty);
		all.addAll(attended);
		this.deputies.clear();
		for (Long id : all) {
			this.deputies.add(new SessionDeputy(id, onDuty.contains(id), attended.contains(id)));
		}
	}

	public List<Long> onDutyIds() {
		List<Long> ids = new ArrayList<>();
		this.deputies.stream().filter(SessionDeputy::isOnDuty).forEach((d) -> ids.add(d.getDeputyId()));
		return ids;
	}

	public List<Long> attendedIds() {
		List<Long> ids = new ArrayList<>();
		this.deputies.stream().filter(SessionDeputy::isAttended).forEach((d) -> ids.add(d.getDeputyId()));
		return ids;
	}

	public Long getCountyId() {
		return this.countyId;
	}

	public Long getVenueId() {
		return this.venueId;
	}

	public SessionKind getKind() {
		return this.kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public LocalTime getStartsAt() {
		return time(this.startsMinute);
	}

	public LocalTime getEndsAt() {
		return time(this.endsMinute);
	}

	/** A local time from minutes after midnight. */
	public static LocalTime time(int minute) {
		return LocalTime.ofSecondOfDay((minute % 1440) * 60L);
	}

	public String getPlace() {
		return this.place;
	}

	public String getTheme() {
		return this.theme;
	}

	public SessionStatus getStatus() {
		return this.status;
	}

	public Integer getVotersReceived() {
		return this.votersReceived;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
