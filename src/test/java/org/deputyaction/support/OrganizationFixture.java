package org.deputyaction.support;

import java.util.UUID;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.organization.Prefecture;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.TownshipRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.VenueRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds a small organisation with unique codes for one test.
 */
@TestComponent
public class OrganizationFixture {

	@Autowired
	PrefectureRepository prefectures;

	@Autowired
	CountyRepository counties;

	@Autowired
	TownshipRepository townships;

	@Autowired
	VenueRepository venues;

	@Autowired
	DeputyRepository deputies;

	@Autowired
	HandlingUnitRepository units;

	/** Test counties sit in a prefecture of their own, apart from the demo 恩施州. */
	static final String TEST_PREFECTURE = "TEST-P";

	public static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public County county(String name) {
		Prefecture prefecture = this.prefectures.findByCode(TEST_PREFECTURE)
			.orElseGet(() -> this.prefectures.saveAndFlush(new Prefecture(TEST_PREFECTURE, "测试州")));
		return this.counties
			.saveAndFlush(new County(code("C"), name, name.substring(0, 2) + code("").substring(1, 5), prefecture));
	}

	public Township township(County county, String name) {
		return this.townships.saveAndFlush(new Township(code("T"), name, county));
	}

	public Venue venue(Township township, VenueKind kind, String name) {
		return this.venues.saveAndFlush(new Venue(code("V"), kind, name, township));
	}

	public Deputy deputy(Venue venue, String name) {
		return this.deputies.saveAndFlush(new Deputy(code("D"), name, AdministrativeLevel.COUNTY, venue));
	}

	public HandlingUnit unit(County county, String name, AdministrativeLevel level) {
		HandlingUnit unit = new HandlingUnit(code("U"), name, level);
		unit.setCounty(county);
		return this.units.saveAndFlush(unit);
	}

}
