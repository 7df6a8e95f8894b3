package org.deputyaction.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, shared by every node, and says when a sign-in
 * must wait. Three counts, so that guessing one account does not lock out anyone else: an
 * account from one address locks soon (5 failures); an account from any address later
 * (20), against guessing spread over many addresses; an address for any account later
 * still (50), against trying many accounts from one place. Each lock grows from one
 * minute, doubling with every further failure, up to 15 minutes; 15 quiet minutes forgive
 * all.
 */
@Component
class SignInThrottle {

	static final int ACCOUNT_ADDRESS_LIMIT = 5;

	static final int ACCOUNT_LIMIT = 20;

	static final int ADDRESS_LIMIT = 50;

	static final Duration QUIET_PERIOD = Duration.ofMinutes(15);

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	private static final int MAX_KEY_LENGTH = 200;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Whether a sign-in as this user from this address must wait.
	 */
	boolean isLocked(String username, String address) {
		Integer locks = this.jdbc.queryForObject("""
				select count(*) from sign_in_throttle where locked_until > ? and (
				  (scope = 'ACCOUNT_ADDRESS' and throttle_key = ?) or (scope = 'ACCOUNT' and throttle_key = ?)
				  or (scope = 'ADDRESS' and throttle_key = ?))
				""", Integer.class, Timestamp.from(now()), accountAddressKey(username, address), accountKey(username),
				addressKey(address));
		return locks != null && locks > 0;
	}

	/**
	 * Counts a failed sign-in; answers whether this user from this address must now wait.
	 */
	boolean recordFailure(String username, String address) {
		Instant now = now();
		boolean locked = count(Scope.ACCOUNT_ADDRESS, accountAddressKey(username, address), now);
		locked |= count(Scope.ACCOUNT, accountKey(username), now);
		locked |= count(Scope.ADDRESS, addressKey(address), now);
		return locked;
	}

	/**
	 * A correct password forgives the account's failures; the address's count stays.
	 */
	void recordSuccess(String username, String address) {
		this.jdbc.update("""
				delete from sign_in_throttle
				where (scope = 'ACCOUNT_ADDRESS' and throttle_key = ?) or (scope = 'ACCOUNT' and throttle_key = ?)
				""", accountAddressKey(username, address), accountKey(username));
	}

	/**
	 * Forgets counts that have been quiet for long and hold no lock.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetQuietCounts() {
		Instant now = now();
		this.jdbc.update(
				"delete from sign_in_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
				Timestamp.from(now.minus(QUIET_PERIOD)), Timestamp.from(now));
	}

	/**
	 * How long to lock after this many failures, for a count with this limit.
	 */
	static Duration lockAfter(int failures, int limit) {
		if (failures < limit) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - limit, 10);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return (lock.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : lock;
	}

	private boolean count(Scope scope, String key, Instant now) {
		Timestamp quietSince = Timestamp.from(now.minus(QUIET_PERIOD));
		Integer failures = this.jdbc.queryForObject(
				"""
						insert into sign_in_throttle (scope, throttle_key, failures, last_failure_at) values (?, ?, 1, ?)
						on conflict (scope, throttle_key) do update set
						  failures = case when sign_in_throttle.last_failure_at < ? then 1 else sign_in_throttle.failures + 1 end,
						  locked_until = case when sign_in_throttle.last_failure_at < ? then null else sign_in_throttle.locked_until end,
						  last_failure_at = excluded.last_failure_at
						returning failures
						""",
				Integer.class, scope.name(), key, Timestamp.from(now), quietSince, quietSince);
		Duration lock = lockAfter((failures != null) ? failures : 1, scope.limit);
		if (lock.isZero()) {
			return false;
		}
		this.jdbc.update("update sign_in_throttle set locked_until = ? where scope = ? and throttle_key = ?",
				Timestamp.from(now.plus(lock)), scope.name(), key);
		return true;
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String accountKey(String username) {
		return truncate(normalise(username));
	}

	static String addressKey(String address) {
		return truncate((address != null) ? address : "");
	}

	static String accountAddressKey(String username, String address) {
		return truncate(normalise(username) + "|" + ((address != null) ? address : ""));
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String truncate(String key) {
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

	enum Scope {

		ACCOUNT_ADDRESS(ACCOUNT_ADDRESS_LIMIT), ACCOUNT(ACCOUNT_LIMIT), ADDRESS(ADDRESS_LIMIT);

		private final int limit;

		Scope(int limit) {
			this.limit = limit;
		}

	}

}
