package org.deputyaction.organization.internal;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What every organisation form has: the stable code (uppercase letters, digits and
 * dashes, fixed once created because it is printed on QR codes) and the version the form
 * was opened at.
 */
public abstract class CodedForm {

	/**
	 * Uppercase letters and digits in parts joined by single dashes, e.g. ES-LC-JN-01.
	 */
	public static final String CODE_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

	@NotBlank(message = "{organization.form.required}", groups = OnCreate.class)
	@Size(max = 40, message = "{organization.form.tooLong}", groups = OnCreate.class)
	@Pattern(regexp = CODE_PATTERN, message = "{organization.form.codeFormat}", groups = OnCreate.class)
	private String code;

	private Long version;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null;
	}

	public abstract String getName();

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static String upper(String value) {
		return (value != null) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * The checks only a new record's form needs: its code is chosen then and fixed after.
	 */
	public interface OnCreate {

	}

}
