package org.deputyaction.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;

/**
 * A deputy home or liaison station as its form shows it; its kind is fixed once created.
 */
public class VenueForm extends CodedForm {

	@NotNull(message = "{organization.form.required}")
	private VenueKind kind;

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 150, message = "{organization.form.tooLong}")
	private String name;

	@NotBlank(message = "{organization.form.required}")
	private String townshipCode;

	@Pattern(regexp = "(" + CODE_PATTERN + ")?", message = "{organization.form.codeFormat}")
	private String homeCode;

	@Size(max = 200, message = "{organization.form.tooLong}")
	private String address;

	static VenueForm of(Venue entity) {
		VenueForm form = new VenueForm();
		form.setCode(entity.getCode());
		form.setKind(entity.getKind());
		form.setName(entity.getName());
		form.setTownshipCode(entity.getTownship().getCode());
		form.setHomeCode((entity.getHome() != null) ? entity.getHome().getCode() : null);
		form.setAddress(entity.getAddress());
		form.setVersion(entity.getVersion());
		return form;
	}

	public VenueKind getKind() {
		return this.kind;
	}

	public void setKind(VenueKind kind) {
		this.kind = kind;
	}

	@Override
	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTownshipCode() {
		return this.townshipCode;
	}

	public void setTownshipCode(String townshipCode) {
		this.townshipCode = upper(townshipCode);
	}

	public String getHomeCode() {
		return this.homeCode;
	}

	public void setHomeCode(String homeCode) {
		this.homeCode = upper(homeCode);
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
