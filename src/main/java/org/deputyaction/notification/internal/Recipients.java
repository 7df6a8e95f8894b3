package org.deputyaction.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;

import org.springframework.stereotype.Component;

/**
 * Finds the enabled accounts a message concerns: a unit's people, a county's staff, a
 * station's deputies, a deputy, the prefecture office; for the posting reminders the
 * staff and deputies of many counties and venues at once.
 */
@Component
class Recipients {

	private final UserAccountRepository accounts;

	Recipients(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	List<UserAccount> ofUnits(Collection<Long> unitIds) {
		return unitIds.isEmpty() ? List.of()
				: this.accounts.findByEnabledTrueAndRoleAndUnitIdIn(Role.HANDLING_UNIT, unitIds);
	}

	List<UserAccount> countyStaff(Long countyId) {
		return (countyId != null) ? this.accounts.findByEnabledTrueAndRoleAndCountyId(Role.COUNTY_STAFF, countyId)
				: List.of();
	}

	List<UserAccount> deputiesAt(Long venueId) {
		return (venueId != null) ? this.accounts.findByEnabledTrueAndRoleAndVenueId(Role.DEPUTY, venueId) : List.of();
	}

	List<UserAccount> deputy(Long deputyId) {
		return (deputyId != null) ? this.accounts.findByEnabledTrueAndRoleAndDeputyId(Role.DEPUTY, deputyId)
				: List.of();
	}

	/** The staff of several counties, by county, in one statement. */
	Map<Long, List<UserAccount>> countyStaffByCounty(Collection<Long> countyIds) {
		return countyIds.isEmpty() ? Map.of()
				: this.accounts.findByEnabledTrueAndRoleAndCountyIdIn(Role.COUNTY_STAFF, countyIds)
					.stream()
					.collect(Collectors.groupingBy(UserAccount::getCountyId));
	}

	/** The deputies with accounts at several venues, by venue, in one statement. */
	Map<Long, List<UserAccount>> deputiesByVenue(Collection<Long> venueIds) {
		return venueIds.isEmpty() ? Map.of()
				: this.accounts.findByEnabledTrueAndRoleAndVenueIdIn(Role.DEPUTY, venueIds)
					.stream()
					.collect(Collectors.groupingBy(UserAccount::getVenueId));
	}

	List<UserAccount> prefectureOffice() {
		return this.accounts.findByEnabledTrueAndRole(Role.PREFECTURE_OFFICE);
	}

	/** The accounts of several lists, each once. */
	@SafeVarargs
	static List<UserAccount> union(List<UserAccount>... lists) {
		Map<Long, UserAccount> byId = new LinkedHashMap<>();
		for (List<UserAccount> list : lists) {
			list.forEach((a) -> byId.putIfAbsent(a.getId(), a));
		}
		return new ArrayList<>(byId.values());
	}

	/** Where a user opens the item: each role has its own page of it. */
	static String suggestionLink(UserAccount account, Long suggestionId) {
		return switch (account.getRole()) {
			case HANDLING_UNIT -> "/unit/assignments/" + suggestionId;
			case DEPUTY -> "/my-station/suggestions/" + suggestionId;
			default -> "/suggestions/" + suggestionId;
		};
	}

	/**
	 * Where a user goes about a venue's posting: its public page, where the county's
	 * staff publish it (the form at the end of the page); deputies read the lists there.
	 */
	static String postingLink(UserAccount account, String venuePublicPath) {
		return switch (account.getRole()) {
			case COUNTY_STAFF, PREFECTURE_OFFICE -> venuePublicPath + "#publish-posting";
			default -> venuePublicPath;
		};
	}

	static String problemLink(UserAccount account, Long problemId) {
		return switch (account.getRole()) {
			case COUNTY_STAFF, PREFECTURE_OFFICE, ADMIN -> "/problems/" + problemId;
			default -> null;
		};
	}

}
