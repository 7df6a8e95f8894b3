package org.deputyaction.suggestion.web.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Assign the suggestion to a lead unit and assisting units with a due date. Carries the
 * suggestion's version the user saw.
 */
public class AssignForm implements VersionedForm {

	@NotNull(message = "{loopstaff.form.required}")
	private Long leadUnitId;

	private List<Long> assistingUnitIds = new ArrayList<>();

	@NotNull(message = "{loopstaff.form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private long version;

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public void setLeadUnitId(Long leadUnitId) {
		this.leadUnitId = leadUnitId;
	}

	public List<Long> getAssistingUnitIds() {
		return this.assistingUnitIds;
	}

	public void setAssistingUnitIds(List<Long> assistingUnitIds) {
		this.assistingUnitIds = (assistingUnitIds != null) ? assistingUnitIds : new ArrayList<>();
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
