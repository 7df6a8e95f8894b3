package org.deputyaction.account.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node, so that a disabled account, a changed role or
 * a reset password takes effect at once rather than at the session's end.
 */
@Component
public class AccountSessions {

	private final JdbcTemplate jdbc;

	AccountSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends every session of the user, except the one with the given id (may be null).
	 */
	public int end(String username, String keepSessionId) {
		return this.jdbc.update(
				"delete from spring_session where principal_name = ? and (cast(? as varchar) is null or session_id <> ?)",
				username, keepSessionId, keepSessionId);
	}

}
