package org.deputyaction.suggestion.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Urge a unit, or record its progress: the unit (the lead unit when none) and the text.
 * Carries the suggestion's version the user saw.
 */
public class TextForm implements VersionedForm {

	private Long unitId;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 5000, message = "{loopstaff.form.tooLong}")
	private String text;

	private long version;

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
