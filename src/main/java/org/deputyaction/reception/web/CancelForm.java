package org.deputyaction.reception.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a scheduled session is cancelled.
 */
public class CancelForm {

	private long version;

	@NotBlank(message = "{reception.form.required}")
	@Size(max = 2000, message = "{reception.form.tooLong}")
	private String reason;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
