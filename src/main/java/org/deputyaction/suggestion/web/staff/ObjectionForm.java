package org.deputyaction.suggestion.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Re-route an objected assignment to another unit, or refuse the objection. Carries the
 * suggestion's version the user saw.
 */
public class ObjectionForm implements VersionedForm {

	@NotNull(message = "{loopstaff.form.required}")
	private Long assignmentId;

	private boolean reroute = true;

	private Long newUnitId;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 2000, message = "{loopstaff.form.tooLong}")
	private String reason;

	private long version;

	public Long getAssignmentId() {
		return this.assignmentId;
	}

	public void setAssignmentId(Long assignmentId) {
		this.assignmentId = assignmentId;
	}

	public boolean isReroute() {
		return this.reroute;
	}

	public void setReroute(boolean reroute) {
		this.reroute = reroute;
	}

	public Long getNewUnitId() {
		return this.newUnitId;
	}

	public void setNewUnitId(Long newUnitId) {
		this.newUnitId = newUnitId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
