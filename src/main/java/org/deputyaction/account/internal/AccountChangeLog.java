package org.deputyaction.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.deputyaction.account.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who changed which account, when, and what. Passwords and hashes never appear here.
 */
@Component
public class AccountChangeLog {

	static final String SYSTEM = "system";

	/** The zone the offices work in, for showing when a change was made. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_DETAILS = 1000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccountChangeLog(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Records a change made by the given user, or by the system when there is none.
	 */
	public void record(long accountId, CurrentUser actor, Action action, String details) {
		String text = (details != null && details.length() > MAX_DETAILS) ? details.substring(0, MAX_DETAILS) : details;
		this.jdbc.update("""
				insert into account_change (occurred_at, account_id, actor_id, actor_username, action, details)
				values (?, ?, ?, ?, ?, ?)
				""", Timestamp.from(this.clock.instant()), accountId, (actor != null) ? actor.id() : null,
				(actor != null) ? actor.getUsername() : SYSTEM, action.name(), text);
	}

	/**
	 * The latest changes of an account, newest first.
	 */
	public List<Entry> latest(long accountId, int limit) {
		return this.jdbc.query("""
				select occurred_at, actor_username, action, details from account_change
				where account_id = ? order by occurred_at desc, id desc limit ?
				""", (rs, row) -> new Entry(LocalDateTime.ofInstant(rs.getTimestamp("occurred_at").toInstant(), ZONE),
				rs.getString("actor_username"), Action.valueOf(rs.getString("action")), rs.getString("details")),
				accountId, limit);
	}

	/**
	 * What was done to an account.
	 */
	public enum Action {

		CREATED, UPDATED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, BOOTSTRAPPED

	}

	/**
	 * One recorded change.
	 */
	public record Entry(LocalDateTime occurredAt, String actor, Action action, String details) {

	}

}
