package org.deputyaction.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.deputyaction.organization.County;

/**
 * A county or county-level city as its form shows it.
 */
public class CountyForm extends CodedForm {

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 100, message = "{organization.form.tooLong}")
	private String name;

	@NotBlank(message = "{organization.form.required}")
	@Size(max = 20, message = "{organization.form.tooLong}")
	private String shortName;

	@NotBlank(message = "{organization.form.required}")
	private String prefectureCode;

	static CountyForm of(County entity) {
		CountyForm form = new CountyForm();
		form.setCode(entity.getCode());
		form.setName(entity.getName());
		form.setShortName(entity.getShortName());
		form.setPrefectureCode(entity.getPrefecture().getCode());
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

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getPrefectureCode() {
		return this.prefectureCode;
	}

	public void setPrefectureCode(String prefectureCode) {
		this.prefectureCode = upper(prefectureCode);
	}

}
