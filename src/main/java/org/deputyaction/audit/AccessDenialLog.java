package org.deputyaction.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.system.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * The audit of refused requests. Each refusal is stored with who, when, from where and
 * what, in a transaction of its own (the request's own work has been rolled back), up to
 * a number per client address and minute; beyond it refusals are only counted, so that a
 * scan of many addresses cannot flood the table. Rows are never changed (the database
 * refuses it).
 */
@Service
public class AccessDenialLog {

	private static final Logger log = LoggerFactory.getLogger(AccessDenialLog.class);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_PATH = 500;

	private static final int MAX_ADDRESS = 64;

	private static final int MAX_PAGE = 200;

	private final JdbcClient jdbc;

	private final int storedPerMinute;

	private final TransactionTemplate ownTransaction;

	AccessDenialLog(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${deputyaction.audit.denials-per-minute:20}") int storedPerMinute) {
		Assert.isTrue(storedPerMinute >= 0, "denials-per-minute must not be negative");
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.storedPerMinute = storedPerMinute;
	}

	/**
	 * Stores one refusal, or only counts it when its address has had its share of this
	 * minute. Never fails the request it describes: a failure to store is logged.
	 */
	@EventListener
	public void refused(AccessRefused refusal) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> store(refusal));
		}
		catch (RuntimeException ex) {
			log.warn("Could not store the refusal of {} {}: {}", refusal.method(), refusal.path(), ex.getMessage());
		}
	}

	private void store(AccessRefused refusal) {
		String address = truncate(refusal.clientAddress(), MAX_ADDRESS);
		Instant minute = refusal.occurredAt().truncatedTo(ChronoUnit.MINUTES);
		int seen = this.jdbc.sql("""
				insert into access_denial_minute (client_address, minute, seen) values (?, ?, 1)
				on conflict (client_address, minute) do update set seen = access_denial_minute.seen + 1
				returning seen
				""").params(address, Timestamp.from(minute)).query(Integer.class).single();
		if (seen > this.storedPerMinute) {
			return;
		}
		CurrentUser user = CurrentUser.get().orElse(null);
		this.jdbc.sql("""
				insert into access_denial (occurred_at, user_id, username, role, client_address, method, path, kind)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Timestamp.from(refusal.occurredAt()), (user != null) ? user.id() : null,
					(user != null) ? truncate(user.getUsername(), 60) : null,
					(user != null) ? user.role().name() : null, address, truncate(refusal.method(), 10),
					truncate(refusal.path(), MAX_PATH), refusal.kind().name())
			.update();
	}

	/**
	 * Refusals newest first, {@code size} at a time, before the id {@code before} (all
	 * when null): one statement on the primary key's index.
	 */
	@Transactional(readOnly = true)
	public AccessDenialPage page(Long before, int size) {
		requireAdministrator();
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		List<AccessDenial> rows = this.jdbc.sql("""
				select id, occurred_at, username, role, client_address, method, path, kind from access_denial
				where id < ? order by id desc limit ?
				""")
			.params((before != null) ? before : Long.MAX_VALUE, limit + 1)
			.query((rs, row) -> new AccessDenial(rs.getLong("id"),
					zoned(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("username"),
					rs.getString("role"), rs.getString("client_address"), rs.getString("method"), rs.getString("path"),
					rs.getString("kind")))
			.list();
		boolean more = rows.size() > limit;
		List<AccessDenial> items = more ? rows.subList(0, limit) : rows;
		return new AccessDenialPage(List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
	}

	/**
	 * The minutes since {@code since} in which an address was refused more often than is
	 * stored one by one, newest first.
	 */
	@Transactional(readOnly = true)
	public List<DenialBurst> bursts(Instant since, int limit) {
		requireAdministrator();
		return this.jdbc.sql("""
				select client_address, minute, seen from access_denial_minute
				where minute >= ? and seen > ? order by minute desc, client_address limit ?
				""")
			.params(Timestamp.from(since), this.storedPerMinute, Math.max(1, Math.min(limit, MAX_PAGE)))
			.query((rs, row) -> new DenialBurst(rs.getString("client_address"),
					zoned(rs.getObject("minute", OffsetDateTime.class)), rs.getInt("seen"),
					rs.getInt("seen") - this.storedPerMinute))
			.list();
	}

	/** How many refusals of one address and minute are stored one by one. */
	public int storedPerMinute() {
		return this.storedPerMinute;
	}

	private static void requireAdministrator() {
		if (!CurrentUser.get().map((user) -> user.is(Role.ADMIN)).orElse(false)) {
			throw new AccessDeniedException("administrators only");
		}
	}

	private static OffsetDateTime zoned(OffsetDateTime time) {
		return time.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

	private static String truncate(String value, int max) {
		if (value == null) {
			return "";
		}
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}
