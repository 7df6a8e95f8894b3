package org.deputyaction.account.admin;

import org.deputyaction.account.Role;

/**
 * How many accounts have a role.
 */
public record RoleCount(Role role, long accounts) {

}
