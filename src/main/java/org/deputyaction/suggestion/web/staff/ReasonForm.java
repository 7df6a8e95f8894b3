package org.deputyaction.suggestion.web.staff;

import jakarta.validation.constraints.Size;

/**
 * A step that needs only a reason or a note (waive the assisting views, mark a follow-up
 * solved). Carries the suggestion's version the user saw.
 */
public class ReasonForm implements VersionedForm {

	@Size(max = 2000, message = "{loopstaff.form.tooLong}")
	private String reason;

	private long version;

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
