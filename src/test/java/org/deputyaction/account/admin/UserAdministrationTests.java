package org.deputyaction.account.admin;

import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.County;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(OrganizationFixture.class)
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminCreatesCountyStaffWithTheirCountyAndTheChangeIsRecorded() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		County county = this.organization.county("庚测试县");
		String username = AccountFixtures.uniqueName("clerk");
		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "庚书记员")
				.param("role", "COUNTY_STAFF")
				.param("countyId", county.getId().toString())
				.param("password", "Clerk-Geng-2026")
				.param("passwordRepeat", "Clerk-Geng-2026"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount created = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.COUNTY_STAFF);
		assertThat(created.getCountyId()).isEqualTo(county.getId());
		assertThat(this.encoder.matches("Clerk-Geng-2026", created.getPasswordHash())).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select actor_username || ':' || action from account_change where account_id = ? order by id",
				String.class, created.getId()))
			.isEqualTo(admin.getUsername() + ":CREATED");
	}

	@Test
	void countyStaffWithoutCountyIsRefusedNextToTheField() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		String username = AccountFixtures.uniqueName("clerk");
		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "无县")
				.param("role", "COUNTY_STAFF")
				.param("password", "Clerk-None-2026")
				.param("passwordRepeat", "Clerk-None-2026"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "countyId", "account.users.scope.countyRequired"))
			.andExpect(content().string(containsString("请选择一个有效的县市")));
		assertThat(this.accounts.findByUsernameIgnoreCase(username)).isEmpty();
	}

	@Test
	void deputyMustBeRegisteredAtTheChosenVenue() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		County county = this.organization.county("辛测试县");
		var township = this.organization.township(county, "辛测试镇");
		Venue venue = this.organization.venue(township, VenueKind.LIAISON_STATION, "辛测试站");
		Venue elsewhere = this.organization.venue(township, VenueKind.LIAISON_STATION, "辛测试另一站");
		Deputy deputy = this.organization.deputy(elsewhere, "辛代表");
		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", AccountFixtures.uniqueName("deputy"))
				.param("displayName", "辛代表")
				.param("role", "DEPUTY")
				.param("venueCode", venue.getCode())
				.param("deputyCode", deputy.getCode())
				.param("password", "Deputy-Xin-2026")
				.param("passwordRepeat", "Deputy-Xin-2026"))
			.andExpect(model().attributeHasFieldErrorCode("form", "deputyCode", "account.users.scope.deputyElsewhere"));
	}

	@Test
	void weakPasswordIsRefusedWhenCreating() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		this.mvc
			.perform(post("/admin/users").with(as(admin))
				.with(csrf())
				.param("username", AccountFixtures.uniqueName("office"))
				.param("displayName", "弱密码")
				.param("role", "PREFECTURE_OFFICE")
				.param("password", "1234567890")
				.param("passwordRepeat", "1234567890"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "account.password.common"));
	}

	@Test
	void listFiltersByRoleAndSearchesAndNeverShowsHashes() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc.perform(get("/admin/users").with(as(admin)).param("q", office.getUsername()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(office.getUsername()),
					not(containsString(office.getPasswordHash())), not(containsString("$2a$")))));
		this.mvc.perform(get("/admin/users").with(as(admin)).param("q", office.getUsername()).param("role", "DEPUTY"))
			.andExpect(content().string(not(containsString("data-testid=\"user-" + office.getUsername()))));
	}

	@Test
	void editWithAStaleVersionKeepsTheInputAndSaysSomeoneChangedItFirst() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		long stale = office.getVersion();
		office.setDisplayName("先改的名字");
		this.accounts.saveAndFlush(office);
		this.mvc
			.perform(post("/admin/users/{id}", office.getId()).with(as(admin))
				.with(csrf())
				.param("displayName", "后改的名字")
				.param("role", "PREFECTURE_OFFICE")
				.param("version", Long.toString(stale)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("其他管理员已修改"), containsString("后改的名字"))));
		assertThat(this.accounts.findById(office.getId()).orElseThrow().getDisplayName()).isEqualTo("先改的名字");
	}

	@Test
	void editChangesTheNameAndRecordsWhatChanged() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc
			.perform(post("/admin/users/{id}", office.getId()).with(as(admin))
				.with(csrf())
				.param("displayName", "新名字")
				.param("role", "PREFECTURE_OFFICE")
				.param("version", Long.toString(office.getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.accounts.findById(office.getId()).orElseThrow().getDisplayName()).isEqualTo("新名字");
		assertThat(this.jdbc.queryForObject("select details from account_change where account_id = ? and action = ?",
				String.class, office.getId(), "UPDATED"))
			.contains("新名字");
	}

	@Test
	void disablingEndsTheAccountsSessionsAndEnablingRestoresIt() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc
			.perform(post("/admin/users/{id}/enabled", office.getId()).with(as(admin))
				.with(csrf())
				.param("enabled", "false")
				.param("version", Long.toString(office.getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount disabled = this.accounts.findById(office.getId()).orElseThrow();
		assertThat(disabled.isEnabled()).isFalse();
		this.mvc
			.perform(post("/admin/users/{id}/enabled", office.getId()).with(as(admin))
				.with(csrf())
				.param("enabled", "true")
				.param("version", Long.toString(disabled.getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.accounts.findById(office.getId()).orElseThrow().isEnabled()).isTrue();
		assertThat(this.jdbc.queryForList("select action from account_change where account_id = ? order by id",
				String.class, office.getId()))
			.containsExactly("DISABLED", "ENABLED");
	}

	@Test
	void adminCannotDisableThemselves() {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		signIn(admin);
		try {
			assertThatExceptionOfType(UserAdministration.RejectedException.class)
				.isThrownBy(() -> this.administration.setEnabled(admin.getId(), admin.getVersion(), false));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void resetPasswordAppliesThePolicyAndStoresOnlyTheHash() throws Exception {
		UserAccount admin = AccountFixtures.admin(this.accounts, this.encoder);
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc
			.perform(post("/admin/users/{id}/password", office.getId()).with(as(admin))
				.with(csrf())
				.param("password", office.getUsername())
				.param("passwordRepeat", office.getUsername())
				.param("version", Long.toString(office.getVersion())))
			.andExpect(
					model().attributeHasFieldErrorCode("passwordForm", "password", "account.password.sameAsUsername"));
		this.mvc
			.perform(post("/admin/users/{id}/password", office.getId()).with(as(admin))
				.with(csrf())
				.param("password", "Reset-Office-2026")
				.param("passwordRepeat", "Reset-Office-2026")
				.param("version", Long.toString(office.getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		String hash = this.accounts.findById(office.getId()).orElseThrow().getPasswordHash();
		assertThat(this.encoder.matches("Reset-Office-2026", hash)).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account_change where account_id = ? and action = 'PASSWORD_RESET' and details is null",
				Integer.class, office.getId()))
			.isEqualTo(1);
	}

	@Test
	void nonAdministratorGetsForbiddenPage() throws Exception {
		UserAccount office = AccountFixtures.office(this.accounts, this.encoder);
		this.mvc.perform(get("/admin/users").with(as(office))).andExpect(status().isForbidden());
	}

	@Test
	void serviceRefusesCountyStaffEvenWithoutTheWebLayer() {
		County county = this.organization.county("壬测试县");
		UserAccount staff = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("staff"),
				Role.COUNTY_STAFF, county.getId(), null, null);
		signIn(staff);
		try {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.administration.search(null, null, null, 0));
			UserForm form = new UserForm();
			form.setUsername(AccountFixtures.uniqueName("sneaky"));
			form.setDisplayName("Sneaky");
			form.setRole(Role.ADMIN);
			form.setPassword("Sneaky-Admin-2026");
			form.setPasswordRepeat("Sneaky-Admin-2026");
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.administration.create(form));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void signIn(UserAccount account) {
		var user = CurrentUsers.of(account);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static RequestPostProcessor as(UserAccount account) {
		return user(CurrentUsers.of(account));
	}

}
