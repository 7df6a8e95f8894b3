package org.deputyaction.suggestion.internal;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the commands that carry the same client request token: the second waits for
 * the first's transaction and then finds its record, so that a form submitted twice
 * creates one. The unique constraint on the token stays as the last guard.
 */
@Component
public class RequestTokens {

	private final JdbcTemplate jdbc;

	RequestTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(String kind, UUID token) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))::text", kind + ":" + token);
	}

}
