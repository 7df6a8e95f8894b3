package org.deputyaction.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.Deputy;

/**
 * A deputy as the edit form shows it, with the private phone number.
 */
public class DeputyForm extends CodedForm {

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 50, message = "{organization.form.tooLong}")
	private String name;

	@NotNull(message = "{organization.form.required}")
	private AdministrativeLevel level;

	@NotBlank(message = "{organization.form.required}")
	@Pattern(regexp = "(" + CODE_PATTERN + ")?", message = "{organization.form.codeFormat}")
	private String venueCode;

	@Pattern(regexp = "(" + CODE_PATTERN + ")?", message = "{organization.form.codeFormat}")
	private String groupCode;

	@Size(max = 30, message = "{organization.form.tooLong}")
	@Pattern(regexp = "[0-9+() -]*", message = "{organization.form.phoneFormat}")
	private String phone;

	static DeputyForm of(Deputy entity) {
		DeputyForm form = new DeputyForm();
		form.setCode(entity.getCode());
		form.setName(entity.getName());
		form.setLevel(entity.getLevel());
		form.setVenueCode(entity.getVenue().getCode());
		form.setGroupCode((entity.getGroup() != null) ? entity.getGroup().getCode() : null);
		form.setPhone(entity.getPhone());
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

	public AdministrativeLevel getLevel() {
		return this.level;
	}

	public void setLevel(AdministrativeLevel level) {
		this.level = level;
	}

	public String getVenueCode() {
		return this.venueCode;
	}

	public void setVenueCode(String venueCode) {
		this.venueCode = upper(venueCode);
	}

	public String getGroupCode() {
		return this.groupCode;
	}

	public void setGroupCode(String groupCode) {
		this.groupCode = upper(groupCode);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
