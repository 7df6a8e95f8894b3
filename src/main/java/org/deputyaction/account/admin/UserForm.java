package org.deputyaction.account.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.deputyaction.account.Role;

/**
 * What an administrator fills in to create or edit an account: the role and the scope the
 * role needs (a county for county staff, a venue and perhaps a deputy for deputies, a
 * unit for handling units). The password fields are used only when creating.
 */
public class UserForm {

	@NotBlank(groups = Creating.class)
	@Size(min = 3, max = 60, groups = Creating.class)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{account.users.username.pattern}",
			groups = Creating.class)
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotNull
	private Role role;

	private Long countyId;

	@Size(max = 40)
	private String venueCode;

	@Size(max = 40)
	private String deputyCode;

	@Size(max = 40)
	private String unitCode;

	private String password;

	private String passwordRepeat;

	private long version;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.strip() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.strip() : null;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getCountyId() {
		return this.countyId;
	}

	public void setCountyId(Long countyId) {
		this.countyId = countyId;
	}

	public String getVenueCode() {
		return this.venueCode;
	}

	public void setVenueCode(String venueCode) {
		this.venueCode = blankToNull(venueCode);
	}

	public String getDeputyCode() {
		return this.deputyCode;
	}

	public void setDeputyCode(String deputyCode) {
		this.deputyCode = blankToNull(deputyCode);
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = blankToNull(unitCode);
	}

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

	/**
	 * The checks that apply only when creating: the user name cannot be edited later.
	 */
	interface Creating {

	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
