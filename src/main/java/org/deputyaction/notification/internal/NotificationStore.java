package org.deputyaction.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.deputyaction.notification.Delivery;
import org.deputyaction.notification.InboxMessage;
import org.deputyaction.notification.NotificationKind;
import org.deputyaction.system.ShortLivedCache;
import org.deputyaction.system.ShortLivedCaches;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The inbox and preference tables, in plain SQL: writing a message is an insert that does
 * nothing when the same key already reached the same user.
 */
@Repository
public class NotificationStore {

	private static final String MESSAGE_COLUMNS = """
			id, kind, item_number, item_title, detail, link, due_on, created_at, read_at
			""";

	/** How many users' unread counts are kept at most. */
	private static final int KEPT_COUNTS = 10_000;

	private final JdbcTemplate jdbc;

	/**
	 * The users' unread counts, which every staff page shows in its header: forgotten on
	 * every write to the inbox (and every change of the loop) on this node; on other
	 * nodes a count is at most the caches' time-to-live old.
	 */
	private final ShortLivedCache<Long, Long> unread;

	NotificationStore(JdbcTemplate jdbc, ShortLivedCaches caches) {
		this.jdbc = jdbc;
		this.unread = caches.create(KEPT_COUNTS);
	}

	/** Writes the message unless its key already reached its recipient; true when new. */
	public boolean add(NewMessage m, Instant now) {
		this.unread.invalidate();
		return this.jdbc.update("""
				insert into notification (recipient_user_id, kind, dedupe_key, suggestion_id, problem_id, item_number,
				                          item_title, detail, link, due_on, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (recipient_user_id, dedupe_key) do nothing
				""", m.recipientUserId(), m.kind().name(), truncate(m.dedupeKey(), 120), m.suggestionId(),
				m.problemId(), truncate(m.itemNumber(), 40), truncate(m.itemTitle(), 300), truncate(m.detail(), 1000),
				m.link(), m.dueOn(), Timestamp.from(now)) == 1;
	}

	public long unread(Long userId) {
		return this.unread.get(userId, () -> {
			Long count = this.jdbc.queryForObject(
					"select count(*) from notification where recipient_user_id = ? and read_at is null", Long.class,
					userId);
			return (count != null) ? count : 0L;
		});
	}

	/** One page, newest first, with the total in the same statement. */
	public List<Counted> page(Long userId, int page, int size) {
		return this.jdbc.query("select " + MESSAGE_COLUMNS.strip() + ", count(*) over () as total,"
				+ " count(*) filter (where read_at is null) over () as unread"
				+ " from notification where recipient_user_id = ? order by created_at desc, id desc limit ? offset ?",
				(rs, n) -> new Counted(message(rs), rs.getLong("total"), rs.getLong("unread")), userId, size,
				(long) page * size);
	}

	public Optional<InboxMessage> find(Long id, Long userId) {
		return this.jdbc
			.query("select " + MESSAGE_COLUMNS + " from notification where id = ? and recipient_user_id = ?",
					(rs, n) -> message(rs), id, userId)
			.stream()
			.findFirst();
	}

	public int markRead(Long id, Long userId, Instant now) {
		this.unread.invalidate();
		return this.jdbc.update(
				"update notification set read_at = ? where id = ? and recipient_user_id = ? and read_at is null",
				Timestamp.from(now), id, userId);
	}

	public int markAllRead(Long userId, Instant now) {
		this.unread.invalidate();
		return this.jdbc.update("update notification set read_at = ? where recipient_user_id = ? and read_at is null",
				Timestamp.from(now), userId);
	}

	public Optional<PreferenceRow> preference(Long userId) {
		return this.jdbc
			.query("select user_id, version, delivery, email from notification_preference where user_id = ?",
					(rs, n) -> new PreferenceRow(rs.getLong("user_id"), rs.getLong("version"),
							Delivery.valueOf(rs.getString("delivery")), rs.getString("email")),
					userId)
			.stream()
			.findFirst();
	}

	/**
	 * Saves a preference if nobody changed it since the given version (0 and no row: a
	 * first save); false when someone else saved first.
	 */
	public boolean savePreference(Long userId, long version, Delivery delivery, String email, Instant now) {
		int updated = this.jdbc.update("""
				update notification_preference set delivery = ?, email = ?, updated_at = ?, version = version + 1
				where user_id = ? and version = ?
				""", delivery.name(), email, Timestamp.from(now), userId, version);
		if (updated == 1) {
			return true;
		}
		if (version != 0) {
			return false;
		}
		return this.jdbc.update(
				"""
						insert into notification_preference (user_id, version, delivery, email, updated_at) values (?, 1, ?, ?, ?)
						on conflict (user_id) do nothing
						""",
				userId, delivery.name(), email, Timestamp.from(now)) == 1;
	}

	/** Messages not yet mailed to users with an address who chose the given delivery. */
	public List<Mailable> unmailed(Delivery delivery, Instant since, int limit) {
		return this.jdbc.query(
				"select n.recipient_user_id, p.email, " + prefixed("n")
						+ " from notification n join notification_preference p on p.user_id = n.recipient_user_id"
						+ " where n.mailed_at is null and n.created_at >= ? and p.delivery = ? and p.email is not null"
						+ " order by n.recipient_user_id, n.created_at, n.id limit ?",
				(rs, n) -> new Mailable(rs.getLong("recipient_user_id"), rs.getString("email"), message(rs)),
				Timestamp.from(since), delivery.name(), limit);
	}

	/** Claims a message for mailing; false when another node already did. */
	public boolean markMailed(Long id, Instant now) {
		return this.jdbc.update("update notification set mailed_at = ? where id = ? and mailed_at is null",
				Timestamp.from(now), id) == 1;
	}

	public void unmarkMailed(Long id) {
		this.jdbc.update("update notification set mailed_at = null where id = ?", id);
	}

	/** The deadline warnings already given for these items, as "KIND:id:due" keys. */
	public Set<String> warningsGiven(List<Long> suggestionIds) {
		if (suggestionIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList(
				"select kind || ':' || suggestion_id || ':' || due_on from deadline_warning where suggestion_id = any (?)",
				String.class, (Object) suggestionIds.toArray(Long[]::new)));
	}

	/** Records that a deadline warning about the item was given for its due date. */
	public void warningGiven(Long suggestionId, String kind, LocalDate dueOn, Instant now) {
		this.jdbc.update("insert into deadline_warning (suggestion_id, kind, due_on, given_at) values (?, ?, ?, ?)"
				+ " on conflict do nothing", suggestionId, kind, dueOn, Timestamp.from(now));
	}

	/**
	 * The posting reminders already given to these venues, as "venueId:periodStart" keys.
	 */
	public Set<String> postingRemindersGiven(List<Long> venueIds) {
		if (venueIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList(
				"select venue_id || ':' || period_start from posting_reminder where venue_id = any (?)", String.class,
				(Object) venueIds.toArray(Long[]::new)));
	}

	/** Records that the venue's posting reminder of the period was given. */
	public void postingReminderGiven(Long venueId, LocalDate periodStart, Instant now) {
		this.jdbc.update("insert into posting_reminder (venue_id, period_start, given_at) values (?, ?, ?)"
				+ " on conflict do nothing", venueId, periodStart, Timestamp.from(now));
	}

	private static String prefixed(String alias) {
		StringBuilder columns = new StringBuilder();
		for (String column : MESSAGE_COLUMNS.strip().split(",\\s*")) {
			columns.append((columns.length() > 0) ? ", " : "").append(alias).append('.').append(column);
		}
		return columns.toString();
	}

	private static InboxMessage message(ResultSet rs) throws SQLException {
		java.sql.Date due = rs.getDate("due_on");
		Timestamp read = rs.getTimestamp("read_at");
		return new InboxMessage(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("item_number"), rs.getString("item_title"), rs.getString("detail"), rs.getString("link"),
				(due != null) ? due.toLocalDate() : null, rs.getTimestamp("created_at").toInstant(),
				(read != null) ? read.toInstant() : null);
	}

	private static String truncate(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	/** A message with the page's total and unread counts. */
	public record Counted(InboxMessage message, long total, long unread) {

	}

	/** A user's saved preference. */
	public record PreferenceRow(Long userId, long version, Delivery delivery, String email) {

	}

	/** A message to mail, with its recipient's address. */
	public record Mailable(Long userId, String email, InboxMessage message) {

	}

}
