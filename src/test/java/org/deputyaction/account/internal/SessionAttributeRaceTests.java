package org.deputyaction.account.internal;

import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that both add the same attribute (as the form token is
 * added by concurrent first requests after signing in) both succeed, the later value
 * winning.
 */
@IntegrationTest
class SessionAttributeRaceTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeToOneSessionBothSucceed() {
		race(this.sessions);
	}

	private static <S extends Session> void race(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());
		first.setAttribute("token", "one");
		second.setAttribute("token", "two");
		sessions.save(first);
		sessions.save(second);
		assertThat((String) sessions.findById(created.getId()).getAttribute("token")).isEqualTo("two");
		sessions.deleteById(created.getId());
	}

}
