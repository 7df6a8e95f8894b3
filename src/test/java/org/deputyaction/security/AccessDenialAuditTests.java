package org.deputyaction.security;

import java.util.List;
import java.util.Map;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.security.ScopeFixture.Place;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every 403 and every out-of-scope refusal is stored with who, when, from where and what;
 * users cannot tell a refusal from a missing record; a flood from one address is counted,
 * not stored row by row; and nothing can change or delete an audit row.
 */
@IntegrationTest
class AccessDenialAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	ScopeFixture fixture;

	String address;

	@BeforeEach
	void setUp() {
		this.fixture = ScopeFixture.create(this.context);
		this.address = "10.96." + (System.nanoTime() % 250) + "." + (1 + (System.nanoTime() / 7) % 250);
	}

	@Test
	void aForbiddenPageIsRecordedWithWhoWhereAndWhat() throws Exception {
		CurrentUser staff = this.fixture.user(Role.COUNTY_STAFF);
		this.mvc.perform(get("/admin/users").with(user(staff)).with(from(this.address)))
			.andExpect(status().isForbidden());
		assertThat(rows()).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("username", staff.getUsername())
				.containsEntry("user_id", staff.id())
				.containsEntry("role", "COUNTY_STAFF")
				.containsEntry("method", "GET")
				.containsEntry("path", "/admin/users")
				.containsEntry("kind", "FORBIDDEN");
			assertThat(row.get("occurred_at")).isNotNull();
		});
	}

	@Test
	void anotherCountysRecordLooksMissingToTheUserButIsRecordedAsOutOfScope() throws Exception {
		CurrentUser staff = this.fixture.user(Role.COUNTY_STAFF);
		Long foreign = this.fixture.at(Place.FOREIGN).suggestionId();
		String outOfScope = this.mvc.perform(get("/suggestions/" + foreign).with(user(staff)).with(from(this.address)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String missing = this.mvc
			.perform(get("/suggestions/" + Long.MAX_VALUE).with(user(staff)).with(from(this.address)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outOfScope).isEqualTo(missing);
		assertThat(rows()).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("kind", "OUT_OF_SCOPE")
				.containsEntry("path", "/suggestions/" + foreign)
				.containsEntry("username", staff.getUsername()));
	}

	@Test
	void aFormWithoutItsTokenIsRecordedAsCsrf() throws Exception {
		this.mvc.perform(post("/account/password").with(user(this.fixture.user(Role.DEPUTY))).with(from(this.address)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/problems/new").with(csrf().useInvalidToken()).with(from(this.address)))
			.andExpect(status().isForbidden());
		assertThat(rows()).extracting((row) -> row.get("kind")).containsExactly("CSRF", "CSRF");
		assertThat(rows().get(1)).containsEntry("username", null).containsEntry("path", "/problems/new");
	}

	@Test
	void aFloodFromOneAddressIsCountedBeyondTheFirstTwentyOfAMinute() throws Exception {
		CurrentUser unit = this.fixture.user(Role.HANDLING_UNIT);
		int tries = 26;
		for (int i = 0; i < tries; i++) {
			this.mvc.perform(get("/work").with(user(unit)).with(from(this.address))).andExpect(status().isForbidden());
		}
		int stored = rows().size();
		Integer seen = this.jdbc.queryForObject("select sum(seen) from access_denial_minute where client_address = ?",
				Integer.class, this.address);
		assertThat(seen).isEqualTo(tries);
		// at most 20 per minute; the run may straddle a minute boundary
		assertThat(stored).isBetween(20, 2 * 20).isLessThan(tries + 1);
		if (stored == 20) {
			this.mvc.perform(get("/admin/audit").with(user(this.fixture.user(Role.ADMIN))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(this.address)));
		}
	}

	@Test
	void administratorsSeeRecentDenialsAndOthersDoNot() throws Exception {
		CurrentUser deputy = this.fixture.user(Role.DEPUTY);
		this.mvc.perform(get("/reports/items").param("county", "x").with(user(deputy)).with(from(this.address)));
		this.mvc.perform(get("/office").with(user(deputy)).with(from(this.address))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user(this.fixture.user(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(deputy.getUsername())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("GET /office")));
		this.mvc.perform(get("/admin/audit").with(user(this.fixture.user(Role.PREFECTURE_OFFICE))))
			.andExpect(status().isForbidden());
		Long newest = this.jdbc.queryForObject("select max(id) from access_denial", Long.class);
		this.mvc
			.perform(get("/admin/audit").param("before", String.valueOf(newest + 1))
				.with(user(this.fixture.user(Role.ADMIN))))
			.andExpect(status().isOk());
	}

	@Test
	void auditRowsCannotBeChangedOrDeleted() throws Exception {
		this.mvc.perform(get("/admin").with(user(this.fixture.user(Role.HANDLING_UNIT))).with(from(this.address)));
		Long id = this.jdbc.queryForObject("select max(id) from access_denial where client_address = ?", Long.class,
				this.address);
		Long account = this.fixture.user(Role.COUNTY_STAFF).id();
		this.jdbc.update("insert into change_log (entity_type, code, action, details, username) values "
				+ "('venue', 'X', 'UPDATED', 'd', 'u')");
		this.jdbc.update("insert into sign_in_event (occurred_at, username, client_address, outcome) values "
				+ "(now(), 'u', ?, 'FAILURE')", this.address);
		this.jdbc.update("insert into account_change (occurred_at, account_id, actor_username, action) values "
				+ "(now(), ?, 'u', 'UPDATED')", account);
		for (String statement : List.of("update access_denial set path = '/x' where id = " + id,
				"delete from access_denial where id = " + id,
				latest("update change_log set details = 'x'", "change_log"),
				latest("delete from sign_in_event", "sign_in_event"),
				latest("update account_change set details = 'x'", "account_change"),
				latest("delete from timeline_entry", "timeline_entry"), "truncate access_denial",
				"truncate change_log")) {
			assertThatThrownBy(() -> this.jdbc.execute(statement)).as(statement).hasMessageContaining("append-only");
		}
		assertThat(this.jdbc.queryForObject("select path from access_denial where id = ?", String.class, id))
			.isEqualTo("/admin");
		// retention may delete old rows, but only when a session says so explicitly
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class)).executeWithoutResult((tx) -> {
			this.jdbc.execute("set local deputyaction.audit_retention = 'on'");
			assertThat(this.jdbc.update("delete from access_denial where id = ?", id)).isOne();
		});
	}

	/** The statement on the table's newest row, which the test makes sure exists. */
	private String latest(String statement, String table) {
		assertThat(this.jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive();
		return statement + " where id = (select max(id) from " + table + ")";
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.queryForList("""
				select occurred_at, user_id, username, role, method, path, kind from access_denial
				where client_address = ? order by id
				""", this.address);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
