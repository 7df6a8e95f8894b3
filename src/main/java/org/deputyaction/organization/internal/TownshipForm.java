package org.deputyaction.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.deputyaction.organization.Township;

/**
 * A township, town or street office as its form shows it; its county is fixed once
 * created.
 */
public class TownshipForm extends CodedForm {

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 100, message = "{organization.form.tooLong}")
	private String name;

	@NotBlank(message = "{organization.form.required}")
	private String countyCode;

	static TownshipForm of(Township entity) {
		TownshipForm form = new TownshipForm();
		form.setCode(entity.getCode());
		form.setName(entity.getName());
		form.setCountyCode(entity.getCounty().getCode());
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

	public String getCountyCode() {
		return this.countyCode;
	}

	public void setCountyCode(String countyCode) {
		this.countyCode = upper(countyCode);
	}

}
