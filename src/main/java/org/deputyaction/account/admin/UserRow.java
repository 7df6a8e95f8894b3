package org.deputyaction.account.admin;

import org.deputyaction.account.Role;

/**
 * One line of the user list: never the password hash.
 */
public record UserRow(Long id, String username, String displayName, Role role, boolean enabled, String countyName,
		String venueName, String unitName) {

}
