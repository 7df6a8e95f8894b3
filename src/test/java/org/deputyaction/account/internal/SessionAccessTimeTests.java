package org.deputyaction.account.internal;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's access time is written back at most once a minute; attribute changes are
 * written at once.
 */
@IntegrationTest
class SessionAccessTimeTests {

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
	SessionRepository<? extends Session> sessions;

	@Test
	void pagesWithinAMinuteOfTheLastWrittenAccessDoNotWriteTheSession() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
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
	void anAttributeSetWithinTheMinuteIsWrittenWithoutTheAccessTime() {
		attributeWithinTheMinute(this.sessions);
	}

	private static <S extends Session> void attributeWithinTheMinute(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		Instant stored = sessions.findById(created.getId()).getLastAccessedTime();

		S again = sessions.findById(created.getId());
		again.setLastAccessedTime(stored.plusSeconds(10));
		again.setAttribute("token", "kept");
		sessions.save(again);

		S read = sessions.findById(created.getId());
		assertThat((String) read.getAttribute("token")).isEqualTo("kept");
		assertThat(read.getLastAccessedTime()).isEqualTo(stored);

		S later = sessions.findById(created.getId());
		later.setLastAccessedTime(stored.plusSeconds(61));
		sessions.save(later);
		assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(stored.plusSeconds(61));
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
