package org.deputyaction.suggestion.web.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Decide the open extension request: approve (with the final date) or refuse. Carries the
 * suggestion's version the user saw.
 */
public class ExtensionForm implements VersionedForm {

	@NotNull(message = "{loopstaff.form.required}")
	private Long extensionRequestId;

	private boolean approve = true;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate grantedDueOn;

	@Size(max = 2000, message = "{loopstaff.form.tooLong}")
	private String reason;

	private long version;

	public Long getExtensionRequestId() {
		return this.extensionRequestId;
	}

	public void setExtensionRequestId(Long extensionRequestId) {
		this.extensionRequestId = extensionRequestId;
	}

	public boolean isApprove() {
		return this.approve;
	}

	public void setApprove(boolean approve) {
		this.approve = approve;
	}

	public LocalDate getGrantedDueOn() {
		return this.grantedDueOn;
	}

	public void setGrantedDueOn(LocalDate grantedDueOn) {
		this.grantedDueOn = grantedDueOn;
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
