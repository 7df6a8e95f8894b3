package org.deputyaction.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.HandlingUnit;

/**
 * A handling unit as its form shows it: prefecture-level units have no county,
 * township-level ones a township.
 */
public class UnitForm extends CodedForm {

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 150, message = "{organization.form.tooLong}")
	private String name;

	@NotNull(message = "{organization.form.required}")
	private AdministrativeLevel level;

	private String countyCode;

	private String townshipCode;

	@Pattern(regexp = "(" + CODE_PATTERN + ")?", message = "{organization.form.codeFormat}")
	private String parentCode;

	static UnitForm of(HandlingUnit entity) {
		UnitForm form = new UnitForm();
		form.setCode(entity.getCode());
		form.setName(entity.getName());
		form.setLevel(entity.getLevel());
		form.setCountyCode((entity.getCounty() != null) ? entity.getCounty().getCode() : null);
		form.setTownshipCode((entity.getTownship() != null) ? entity.getTownship().getCode() : null);
		form.setParentCode((entity.getParent() != null) ? entity.getParent().getCode() : null);
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

	public String getCountyCode() {
		return this.countyCode;
	}

	public void setCountyCode(String countyCode) {
		this.countyCode = upper(countyCode);
	}

	public String getTownshipCode() {
		return this.townshipCode;
	}

	public void setTownshipCode(String townshipCode) {
		this.townshipCode = upper(townshipCode);
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = upper(parentCode);
	}

}
