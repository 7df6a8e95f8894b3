package org.deputyaction.workspace.home;

import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(OrganizationFixture.class)
class RoleHomePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	RoleHomes homes;

	@Test
	void administratorLandsOnAdministrationWithLinksAndRoleCounts() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		this.mvc.perform(get("/admin").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"role-home-ADMIN\""),
					containsString("href=\"/admin/users\""), containsString("href=\"/admin/import\""),
					containsString("href=\"/organization\""), containsString("data-testid=\"role-count-DEPUTY\""))));
	}

	@Test
	void officeLandsOnThePrefectureTotals() throws Exception {
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc.perform(get("/office").with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"role-home-PREFECTURE_OFFICE\""),
					containsString("data-testid=\"total-deputies\""), containsString("href=\"/organization\""))));
	}

	@Test
	void countyStaffSeeOnlyTheirCountysVenues() throws Exception {
		County mine = this.organization.county("甲测试县");
		Township township = this.organization.township(mine, "甲测试镇");
		this.organization.venue(township, VenueKind.LIAISON_STATION, "甲测试联络站");
		Venue home = this.organization.venue(township, VenueKind.DEPUTY_HOME, "甲测试代表之家");
		County other = this.organization.county("乙测试县");
		this.organization.venue(this.organization.township(other, "乙测试镇"), VenueKind.LIAISON_STATION, "乙测试联络站");
		UserAccount staff = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("staff"),
				Role.COUNTY_STAFF, mine.getId(), null, null);

		this.mvc.perform(get("/county").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"role-home-COUNTY_STAFF\""),
					containsString("甲测试县"), containsString("甲测试联络站"),
					containsString("href=\"/public/homes/" + home.getCode() + "\""), not(containsString("乙测试联络站")))));
	}

	@Test
	void countyPageCostsTheSameStatementsWhateverTheNumberOfVenues() throws Exception {
		County county = this.organization.county("丙测试县");
		Township township = this.organization.township(county, "丙测试镇");
		this.organization.venue(township, VenueKind.LIAISON_STATION, "丙测试联络站0");
		UserAccount staff = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("staff"),
				Role.COUNTY_STAFF, county.getId(), null, null);
		this.mvc.perform(get("/county").with(as(staff))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get("/county").with(as(staff))).andExpect(status().isOk());
		long few = this.statements.count();

		for (int i = 1; i <= 6; i++) {
			Township another = this.organization.township(county, "丙测试镇" + i);
			this.organization.venue(another, VenueKind.LIAISON_STATION, "丙测试联络站" + i);
		}
		this.statements.reset();
		this.mvc.perform(get("/county").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("丙测试联络站6")));
		assertThat(this.statements.count()).isEqualTo(few).isLessThanOrEqualTo(5);
	}

	@Test
	void deputyLandsOnTheirVenueWithItsDeputiesAndPublicLink() throws Exception {
		County county = this.organization.county("丁测试县");
		Venue venue = this.organization.venue(this.organization.township(county, "丁测试镇"), VenueKind.LIAISON_STATION,
				"丁测试联络站");
		var me = this.organization.deputy(venue, "丁代表");
		this.organization.deputy(venue, "戊代表");
		UserAccount deputy = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("deputy"),
				Role.DEPUTY, county.getId(), venue.getId(), null);
		deputy.setDeputyId(me.getId());
		this.accounts.saveAndFlush(deputy);

		this.mvc.perform(get("/my-station").with(as(deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"role-home-DEPUTY\""),
					containsString("丁测试联络站"), containsString("丁代表"), containsString("戊代表"),
					containsString("href=\"/public/stations/" + venue.getCode() + "\""))));
	}

	@Test
	void unitLandsOnItsNameAndLevel() throws Exception {
		County county = this.organization.county("己测试县");
		HandlingUnit unit = this.organization.unit(county, "己测试县交通运输局", AdministrativeLevel.COUNTY);
		UserAccount account = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("unit"),
				Role.HANDLING_UNIT, county.getId(), null, unit.getId());
		this.mvc.perform(get("/unit").with(as(account)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"role-home-HANDLING_UNIT\""),
					containsString("己测试县交通运输局"), containsString("县市级"))));
	}

	@Test
	void homeSendsEachRoleToItsLandingPage() throws Exception {
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc.perform(get("/home").with(as(office))).andExpect(redirectedUrl("/office"));
	}

	@Test
	void anotherRolesLandingPageIsForbidden() throws Exception {
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc.perform(get("/county").with(as(office)))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/access-denied"));
		this.mvc.perform(get("/admin/users").with(as(office))).andExpect(status().isForbidden());
	}

	@Test
	void accessDeniedPageExplainsInTheUsersLanguage() throws Exception {
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc.perform(get("/access-denied").with(as(office)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问")));
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/county")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void serviceRefusesTheCountyPageToAnotherRole() {
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		var user = CurrentUsers.of(office);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.homes::county);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static RequestPostProcessor as(UserAccount account) {
		return user(CurrentUsers.of(account));
	}

}
