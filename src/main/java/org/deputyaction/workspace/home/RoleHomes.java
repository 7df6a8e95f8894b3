package org.deputyaction.workspace.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.CountySummary;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.OrganizationOverview;
import org.deputyaction.organization.OrganizationQueries;
import org.deputyaction.organization.OrganizationTotals;
import org.deputyaction.organization.Prefecture;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each role's landing page shows, for the signed-in user's own scope only: the
 * office sees the prefecture, county staff their county, a deputy their venue, a unit
 * itself. Each costs a few statements whatever the size of the organisation.
 */
@Service
@Transactional(readOnly = true)
class RoleHomes {

	private final OrganizationOverview overview;

	private final OrganizationQueries queries;

	private final PrefectureRepository prefectures;

	private final DeputyRepository deputies;

	RoleHomes(OrganizationOverview overview, OrganizationQueries queries, PrefectureRepository prefectures,
			DeputyRepository deputies) {
		this.overview = overview;
		this.queries = queries;
		this.prefectures = prefectures;
		this.deputies = deputies;
	}

	OfficeHome office() {
		require(Role.PREFECTURE_OFFICE);
		String prefecture = this.prefectures.findFirstByOrderByIdAsc().map(Prefecture::getName).orElse(null);
		return new OfficeHome(prefecture, this.overview.totals(), this.queries.countySummaries());
	}

	CountyHome county() {
		CurrentUser user = require(Role.COUNTY_STAFF);
		if (user.countyId() == null) {
			throw new NotFoundException();
		}
		CountySummary county = this.overview.countySummary(user.countyId()).orElseThrow(NotFoundException::new);
		Map<String, List<VenueLink>> byTownship = new LinkedHashMap<>();
		for (Venue venue : this.queries.venuesOfCounty(county.id())) {
			byTownship.computeIfAbsent(venue.getTownship().getName(), (name) -> new ArrayList<>())
				.add(VenueLink.of(venue));
		}
		List<TownshipVenues> townships = byTownship.entrySet()
			.stream()
			.map((entry) -> new TownshipVenues(entry.getKey(), entry.getValue()))
			.toList();
		return new CountyHome(county, townships);
	}

	StationHome station() {
		CurrentUser user = require(Role.DEPUTY);
		if (user.venueId() == null) {
			throw new NotFoundException();
		}
		Venue venue = this.overview.venueWithPlace(user.venueId()).orElseThrow(NotFoundException::new);
		List<DeputyLine> deputies = this.deputies.findByVenueIdAndActiveTrueOrderByIdAsc(venue.getId())
			.stream()
			.map((deputy) -> new DeputyLine(deputy.getName(), deputy.getLevel(),
					deputy.getId().equals(user.deputyId())))
			.toList();
		return new StationHome(VenueLink.of(venue), venue.getTownship().getName(), venue.getCounty().getName(),
				venue.getAddress(), venue.isActive(), deputies);
	}

	UnitHome unit() {
		CurrentUser user = require(Role.HANDLING_UNIT);
		if (user.unitId() == null) {
			throw new NotFoundException();
		}
		HandlingUnit unit = this.overview.unitWithPlace(user.unitId()).orElseThrow(NotFoundException::new);
		return new UnitHome(unit.getName(), unit.getCode(), unit.getLevel(),
				(unit.getCounty() != null) ? unit.getCounty().getName() : null,
				(unit.getTownship() != null) ? unit.getTownship().getName() : null,
				(unit.getParent() != null) ? unit.getParent().getName() : null);
	}

	private static CurrentUser require(Role role) {
		return CurrentUser.get()
			.filter((user) -> user.is(role))
			.orElseThrow(() -> new AccessDeniedException("not for this role"));
	}

	record OfficeHome(String prefectureName, OrganizationTotals totals, List<CountySummary> counties) {

	}

	record CountyHome(CountySummary county, List<TownshipVenues> townships) {

	}

	record TownshipVenues(String name, List<VenueLink> venues) {

	}

	record VenueLink(String code, String name, VenueKind kind) {

		static VenueLink of(Venue venue) {
			return new VenueLink(venue.getCode(), venue.getName(), venue.getKind());
		}

		public String publicPath() {
			return "/public/" + this.kind.pathSegment() + "/" + this.code;
		}

	}

	record StationHome(VenueLink venue, String township, String county, String address, boolean active,
			List<DeputyLine> deputies) {

	}

	record DeputyLine(String name, AdministrativeLevel level, boolean me) {

	}

	record UnitHome(String name, String code, AdministrativeLevel level, String county, String township,
			String parent) {

	}

}
