package org.deputyaction.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail of sign-ins: every attempt with the user name as typed, the account it
 * names (if any), the client address, the browser and the outcome. Never the password.
 */
@Component
class SignInEvents {

	private static final int MAX_USERNAME = 60;

	private static final int MAX_ADDRESS = 64;

	private static final int MAX_USER_AGENT = 300;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInEvents(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	void record(HttpServletRequest request, String username, Outcome outcome) {
		String name = truncate(SignInThrottle.normalise(username), MAX_USERNAME);
		this.jdbc.update("""
				insert into sign_in_event (occurred_at, username, user_id, client_address, user_agent, outcome)
				values (?, ?, (select id from app_user where lower(username) = ?), ?, ?, ?)
				""", Timestamp.from(this.clock.instant()), name, name.toLowerCase(Locale.ROOT),
				truncate(clientAddress(request), MAX_ADDRESS),
				truncate(request.getHeader("User-Agent"), MAX_USER_AGENT), outcome.name());
	}

	static String clientAddress(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return (address != null) ? truncate(address, MAX_ADDRESS) : "";
	}

	private static String truncate(String value, int max) {
		if (value == null) {
			return null;
		}
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	enum Outcome {

		SUCCESS, FAILURE, THROTTLED

	}

}
