package org.deputyaction.suggestion.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Resolve a problem on the spot, decline it, or merge it into another, with the reason.
 * Carries the suggestion's version the user saw.
 */
public class SettleForm implements VersionedForm {

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 2000, message = "{loopstaff.form.tooLong}")
	private String reason;

	@Size(max = 20, message = "{loopstaff.form.tooLong}")
	private String targetTrackingNumber;

	private long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getTargetTrackingNumber() {
		return this.targetTrackingNumber;
	}

	public void setTargetTrackingNumber(String targetTrackingNumber) {
		this.targetTrackingNumber = targetTrackingNumber;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
