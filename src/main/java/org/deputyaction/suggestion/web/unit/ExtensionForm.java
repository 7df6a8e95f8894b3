package org.deputyaction.suggestion.web.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The lead unit's request for a later due date.
 */
public class ExtensionForm extends VersionedForm {

	@NotNull(message = "{loopunit.validation.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate requestedDueOn;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 2000, message = "{loopunit.validation.tooLong}")
	private String reason;

	public LocalDate getRequestedDueOn() {
		return this.requestedDueOn;
	}

	public void setRequestedDueOn(LocalDate requestedDueOn) {
		this.requestedDueOn = requestedDueOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
