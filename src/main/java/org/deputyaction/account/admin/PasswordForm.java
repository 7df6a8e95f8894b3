package org.deputyaction.account.admin;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password typed twice, for an administrator's reset.
 */
public class PasswordForm {

	@NotBlank
	private String password;

	@NotBlank
	private String passwordRepeat;

	private long version;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeat() {
		return this.passwordRepeat;
	}

	public void setPasswordRepeat(String passwordRepeat) {
		this.passwordRepeat = passwordRepeat;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
