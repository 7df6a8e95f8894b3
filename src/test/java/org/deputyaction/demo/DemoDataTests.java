package org.deputyaction.demo;

import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	CountyRepository counties;

	@Autowired
	VenueRepository venues;

	@Autowired
	DeputyRepository deputies;

	@Autowired
	HandlingUnitRepository units;

	@Test
	void demoDataHoldsTheSeedsFiguresOfEnshi() {
		assertThat(count("select count(*) from prefecture where code = 'ES'")).isEqualTo(1);
		assertThat(
				count("select count(*) from county c join prefecture p on p.id = c.prefecture_id where p.code = 'ES'"))
			.isEqualTo(8);
		assertThat(
				count("select count(*) from township t join county c on c.id = t.county_id where c.code like 'ES-%'"))
			.isEqualTo(89);
		assertThat(count("select count(*) from venue where kind = 'DEPUTY_HOME' and code like 'ES-%'")).isEqualTo(92);
		assertThat(count("select count(*) from venue where kind = 'LIAISON_STATION' and code like 'ES-%'"))
			.isEqualTo(495);
		assertThat(count("select count(*) from deputy_group where code like 'ES-%'")).isEqualTo(495);
	}

	@Test
	void everyStationHasOneGroupAndThreeToFiveDeputiesAndReportsToItsTownshipsHome() {
		assertThat(count("""
				select count(*) from venue s where s.kind = 'LIAISON_STATION' and s.code like 'ES-%'
				  and (select count(*) from deputy_group g where g.venue_id = s.id) <> 1""")).isZero();
		assertThat(count("""
				select count(*) from venue s where s.kind = 'LIAISON_STATION' and s.code like 'ES-%'
				  and (select count(*) from deputy d where d.venue_id = s.id) not between 3 and 5""")).isZero();
		assertThat(count("""
				select count(*) from venue s join venue h on h.id = s.home_id
				where s.code like 'ES-%' and (h.township_id <> s.township_id or h.county_id <> s.county_id)"""))
			.isZero();
		assertThat(count("select count(*) from deputy where code like 'ES-%' and level = 'PREFECTURE'")).isPositive();
	}

	@Test
	void handlingUnitsSitAtThreeLevels() {
		assertThat(count("select count(*) from handling_unit where code like 'U-Z-%' and level = 'PREFECTURE'"))
			.isEqualTo(15);
		assertThat(count("""
				select count(*) from handling_unit u join county c on c.id = u.county_id
				join prefecture p on p.id = c.prefecture_id where u.level = 'COUNTY' and p.code = 'ES'"""))
			.isEqualTo(80);
		assertThat(count("select count(*) from handling_unit where level = 'TOWNSHIP' and code like 'U-%-ZF'"))
			.isEqualTo(89);
	}

	@Test
	@Transactional
	void thereIsOneDemoAccountPerRoleWithTheDemoPassword() {
		for (String username : new String[] { "admin", "office", "staff-lichuan", "staff-enshi", "deputy", "unit" }) {
			UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
			assertThat(this.passwordEncoder.matches(DemoDataLoader.PASSWORD, account.getPasswordHash())).isTrue();
		}
		assertThat(this.accounts.findByUsernameIgnoreCase("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		UserAccount staff = this.accounts.findByUsernameIgnoreCase("staff-lichuan").orElseThrow();
		assertThat(staff.getRole()).isEqualTo(Role.COUNTY_STAFF);
		assertThat(staff.getCountyId()).isEqualTo(this.counties.findByCode("ES-LC").orElseThrow().getId());
		UserAccount deputy = this.accounts.findByUsernameIgnoreCase("deputy").orElseThrow();
		Venue station = this.venues.findByCode("ES-LC-DT-01").orElseThrow();
		Deputy registered = this.deputies.findById(deputy.getDeputyId()).orElseThrow();
		assertThat(deputy.getVenueId()).isEqualTo(station.getId());
		assertThat(registered.getVenue().getId()).isEqualTo(station.getId());
		assertThat(deputy.getCountyId()).isEqualTo(station.getCounty().getId());
		UserAccount unit = this.accounts.findByUsernameIgnoreCase("unit").orElseThrow();
		assertThat(unit.getUnitId()).isEqualTo(this.units.findByCode("U-LC-JT").orElseThrow().getId());
	}

	@Test
	void theDemoImportIsInTheImportHistory() {
		assertThat(count("select count(*) from organization_import where imported_by = 'demo'")).isEqualTo(1);
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
