package org.deputyaction.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as services see it: role and scope. Services check scope here, not
 * in templates.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private String password;

	private final String displayName;

	private final Role role;

	private final Long countyId;

	private final Long venueId;

	private final Long deputyId;

	private final Long unitId;

	private final boolean enabled;

	CurrentUser(UserAccount account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.password = account.getPasswordHash();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.countyId = account.getCountyId();
		this.venueId = account.getVenueId();
		this.deputyId = account.getDeputyId();
		this.unitId = account.getUnitId();
		this.enabled = account.isEnabled();
	}

	/**
	 * The user of the current request, if one is signed in.
	 */
	public static java.util.Optional<CurrentUser> get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return java.util.Optional.of(user);
		}
		return java.util.Optional.empty();
	}

	public Long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Long countyId() {
		return this.countyId;
	}

	public Long venueId() {
		return this.venueId;
	}

	public Long deputyId() {
		return this.deputyId;
	}

	public Long unitId() {
		return this.unitId;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * Whether this user's role is one of those named, for pages that show or leave out
	 * links by role (a plain comparison: a page of the staff layout asks it a dozen
	 * times). What a role may do is checked in the services, not here.
	 */
	public boolean hasAnyRole(String... roles) {
		for (String role : roles) {
			if (this.role.name().equals(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this user sees the whole prefecture rather than one county, venue or unit.
	 */
	public boolean seesWholePrefecture() {
		return this.role == Role.ADMIN || this.role == Role.PREFECTURE_OFFICE;
	}

	/**
	 * Whether this user may read the county's internal data. Deputies and units see less
	 * than their county; their modules narrow further.
	 */
	public boolean mayReadCounty(Long countyId) {
		return seesWholePrefecture() || (this.countyId != null && Objects.equals(this.countyId, countyId));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
