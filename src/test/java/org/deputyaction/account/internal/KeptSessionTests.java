package org.deputyaction.account.internal;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session is kept in memory between requests, and the database still decides: a kept
 * session costs one look-up of its stored access time, a session ended in the database is
 * refused at once, and a change written by another node is read at the next request.
 */
@IntegrationTest
class KeptSessionTests {

	private static final long MINUTE = 60_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aKeptSessionCostsOneLookUpOfItsAccessTime() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());

		this.statements.record();
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());
		List<String> sessionStatements = this.statements.recorded()
			.stream()
			.map(SqlStatementCounter.Statement::sql)
			.filter((sql) -> sql.contains("SPRING_SESSION"))
			.toList();

		assertThat(sessionStatements)
			.containsExactly("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?");
	}

	@Test
	void aSessionEndedInTheDatabaseIsRefusedAtOnce() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());

		// as another node does when the user signs out there, or an account is disabled
		this.jdbc.update("delete from spring_session where principal_name = ?", account.getUsername());

		this.mvc.perform(get("/office").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aChangeWrittenByAnotherNodeIsReadAtTheNextRequest() {
		JdbcIndexedSessionRepository database = new JdbcIndexedSessionRepository(this.jdbc,
				new TransactionTemplate(this.transactions));
		changedElsewhere(this.sessions, KeptSessionRepository.over(database, this.jdbc));
	}

	private static <S extends Session, O extends Session> void changedElsewhere(SessionRepository<S> here,
			SessionRepository<O> otherNode) {
		S created = here.createSession();
		created.setAttribute("token", "first");
		here.save(created);
		assertThat((String) here.findById(created.getId()).getAttribute("token")).isEqualTo("first");

		O there = otherNode.findById(created.getId());
		there.setAttribute("token", "second");
		otherNode.save(there);

		assertThat((String) here.findById(created.getId()).getAttribute("token")).isEqualTo("second");
		here.deleteById(created.getId());
		assertThat(otherNode.findById(created.getId())).isNull();
	}

	@Test
	void eachRequestOfAKeptSessionHasItsOwnSecurityContext() {
		ownSecurityContext(this.sessions);
	}

	private static <S extends Session> void ownSecurityContext(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		created.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated("office", null, AuthorityUtils.NO_AUTHORITIES)));
		sessions.save(created);

		S signingOut = sessions.findById(created.getId());
		S running = sessions.findById(created.getId());
		SecurityContext emptied = signingOut
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		emptied.setAuthentication(null);

		SecurityContext other = running.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(other.getAuthentication().getName()).isEqualTo("office");
		sessions.deleteById(created.getId());
	}

	@Test
	void pagesWithinAMinuteOfTheLastWrittenAccessDoNotWriteTheSession() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		// the first page after signing in stores the new form token
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());
		long halfAMinuteAgo = System.currentTimeMillis() - MINUTE / 2;
		storeAccess(account, halfAMinuteAgo);

		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());

		assertThat(storedAccess(account)).isEqualTo(halfAMinuteAgo);
	}

	@Test
	void aPageMoreThanAMinuteAfterTheLastWrittenAccessWritesItAndMovesTheExpiry() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		long fiveMinutesAgo = System.currentTimeMillis() - 5 * MINUTE;
		storeAccess(account, fiveMinutesAgo);

		long before = System.currentTimeMillis();
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());

		assertThat(storedAccess(account)).isGreaterThanOrEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"select expiry_time - last_access_time from spring_session where principal_name = ?", Long.class,
				account.getUsername()))
			.isEqualTo(30 * MINUTE);
	}

	@Test
	void anAttributeSetWithinTheMinuteIsWrittenWithANewAccessTime() {
		attributeWithinTheMinute(this.sessions);
	}

	private static <S extends Session> void attributeWithinTheMinute(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		Instant stored = sessions.findById(created.getId()).getLastAccessedTime();

		S untouched = sessions.findById(created.getId());
		untouched.setLastAccessedTime(stored.plusSeconds(10));
		sessions.save(untouched);
		assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(stored);

		S again = sessions.findById(created.getId());
		again.setLastAccessedTime(stored.plusSeconds(10));
		again.setAttribute("token", "kept");
		sessions.save(again);

		S read = sessions.findById(created.getId());
		assertThat((String) read.getAttribute("token")).isEqualTo("kept");
		assertThat(read.getLastAccessedTime()).isEqualTo(stored.plusSeconds(10));

		S later = sessions.findById(created.getId());
		later.setLastAccessedTime(stored.plusSeconds(71));
		sessions.save(later);
		assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(stored.plusSeconds(71));
		sessions.deleteById(created.getId());
	}

	private void storeAccess(UserAccount account, long millis) {
		this.jdbc.update(
				"update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 where principal_name = ?",
				millis, millis, account.getUsername());
	}

	private long storedAccess(UserAccount account) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, account.getUsername());
	}

}
