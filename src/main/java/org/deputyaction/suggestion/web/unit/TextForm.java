package org.deputyaction.suggestion.web.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text a unit sends: its progress report, or an assisting unit's view.
 */
public class TextForm extends VersionedForm {

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 5000, message = "{loopunit.validation.tooLong}")
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
