package org.deputyaction.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.deputyaction.organization.DeputyGroup;

/**
 * A deputy group as its form shows it: the venue it serves is chosen by code.
 */
public class GroupForm extends CodedForm {

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 150, message = "{organization.form.tooLong}")
	private String name;

	@NotBlank(message = "{organization.form.required}")
	@Pattern(regexp = "(" + CODE_PATTERN + ")?", message = "{organization.form.codeFormat}")
	private String venueCode;

	static GroupForm of(DeputyGroup entity) {
		GroupForm form = new GroupForm();
		form.setCode(entity.getCode());
		form.setName(entity.getName());
		form.setVenueCode(entity.getVenue().getCode());
		form.setVersion(entity.getVersion());
		return form;
	}

	@Override
	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getVenueCode() {
		return this.venueCode;
	}

	public void setVenueCode(String venueCode) {
		this.venueCode = upper(venueCode);
	}

}
