package org.deputyaction.suggestion.web.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A unit's objection to its assignment.
 */
public class ObjectionForm extends VersionedForm {

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 2000, message = "{loopunit.validation.tooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
