package org.deputyaction.organization.internal;

import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.OutOfScopeException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and edit which part of the organisation. Administrators and the prefecture
 * office: everything. County staff: their own county (and, read-only, prefecture-level
 * handling units); another county's records answer 404. Deputies and units: 403.
 */
@Component
public class OrganizationScope {

	/**
	 * The signed-in staff user; anyone else is refused.
	 */
	public CurrentUser staff() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (!(user.seesWholePrefecture() || user.is(Role.COUNTY_STAFF))) {
			throw new AccessDeniedException("organisation pages are for staff");
		}
		return user;
	}

	/**
	 * The county the user is bound to, or {@code null} when they see the whole
	 * prefecture.
	 */
	public Long countyScope(CurrentUser user) {
		return user.seesWholePrefecture() ? null : user.countyId();
	}

	/**
	 * Refuses, as not found, a record of a county the user may not see. A {@code null}
	 * county (prefecture level) is visible to every staff user.
	 */
	public void requireVisible(CurrentUser user, Long countyId) {
		if (countyId != null && !user.mayReadCounty(countyId)) {
			throw new OutOfScopeException();
		}
	}

	/**
	 * Whether the user may change a record of the county ({@code null}: prefecture
	 * level).
	 */
	public boolean mayEdit(CurrentUser user, Long countyId) {
		return user.seesWholePrefecture() || (countyId != null && Objects.equals(user.countyId(), countyId));
	}

	/**
	 * Refuses another county's record as not found, and a visible but read-only one as
	 * forbidden.
	 */
	public void requireEditable(CurrentUser user, Long countyId) {
		requireVisible(user, countyId);
		if (!mayEdit(user, countyId)) {
			throw new AccessDeniedException("read-only for this user");
		}
	}

	/**
	 * Prefectures and counties are edited by the administrator and the prefecture office
	 * only.
	 */
	public void requirePrefectureEditor(CurrentUser user) {
		if (!user.seesWholePrefecture()) {
			throw new AccessDeniedException("prefecture editors only");
		}
	}

}
