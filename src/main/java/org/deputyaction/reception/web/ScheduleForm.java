package org.deputyaction.reception.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.reception.ReceptionCommands.Schedule;
import org.deputyaction.reception.SessionKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The schedule of a session as the form edits it; the version is the one the user saw.
 */
public class ScheduleForm {

	private long version;

	@NotNull(message = "{reception.form.required}")
	private SessionKind kind;

	@NotNull(message = "{reception.form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull(message = "{reception.form.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@NotNull(message = "{reception.form.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	@NotBlank(message = "{reception.form.required}")
	@Size(max = 200, message = "{reception.form.tooLong}")
	private String place;

	@Size(max = 200, message = "{reception.form.tooLong}")
	private String theme;

	private List<Long> onDuty = new ArrayList<>();

	Schedule toSchedule() {
		return new Schedule(this.kind, this.heldOn, this.startsAt, this.endsAt, this.place, this.theme,
				(this.onDuty != null) ? java.util.Set.copyOf(this.onDuty) : java.util.Set.of());
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public SessionKind getKind() {
		return this.kind;
	}

	public void setKind(SessionKind kind) {
		this.kind = kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public List<Long> getOnDuty() {
		return this.onDuty;
	}

	public void setOnDuty(List<Long> onDuty) {
		this.onDuty = onDuty;
	}

}
