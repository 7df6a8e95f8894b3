package org.deputyaction.suggestion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.WorkQueue.Order;

import org.deputyaction.system.ShortLivedCache;
import org.deputyaction.system.ShortLivedCaches;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The work queues: one statement per page whatever the data (plus one for the settings,
 * and one for holidays when deadlines count working days), ordered by an indexed key and
 * paged by that key, not by offset.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class WorkQueueService {

	/** The most rows one page may hold. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final String ROW_SELECT = """
			select s.id, s.version, s.number, s.title, s.county_id, c.name as county_name, s.venue_id,
			       v.name as venue_name, cat.name as category_name, s.level, d.name as lead_deputy_name,
			       u.name as lead_unit_name, s.status, s.proposed_on, s.assigned_on, s.due_on, s.replied_on,
			       s.result_class, s.closed_on, s.key_supervision, s.handling_round, s.supervision_level
			from suggestion s
			join county c on c.id = s.county_id
			join venue v on v.id = s.venue_id
			join suggestion_category cat on cat.id = s.category_id
			join deputy d on d.id = s.lead_deputy_id
			left join handling_unit u on u.id = s.lead_unit_id
			""";

	private static final String OPEN = "s.status in ('ASSIGNED', 'SUPERVISED')";

	private final NamedParameterJdbcTemplate jdbc;

	private final LoopSupport support;

	/**
	 * How many scopes' counts (the prefecture, each county, each unit) are kept at most.
	 */
	private static final int KEPT_COUNTS = 5000;

	/** The queues' counts computed lately: every staff page shows them in its tabs. */
	private final ShortLivedCache<CountsKey, QueueCounts> countsCache;

	WorkQueueService(NamedParameterJdbcTemplate jdbc, LoopSupport support, ShortLivedCaches caches) {
		this.countsCache = caches.create(KEPT_COUNTS);
		this.jdbc = jdbc;
		this.support = support;
	}

	/**
	 * A page of a suggestion queue. Staff queues need staff (or, for the search, a
	 * deputy); unit queues a handling unit.
	 * @param cursor the previous page's {@link QueuePage#nextCursor()}, or null for the
	 * first
	 */
	public QueuePage<QueueRow> page(WorkQueue queue, @Valid QueueFilter filter, String cursor, int size,
			CurrentUser user) {
		LoopDeadlines deadlines = this.support.deadlines();
		LocalDate today = this.support.today();
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> where = new ArrayList<>();
		scope(queue, user, where, params);
		queueCondition(queue, today, deadlines, where, params);
		filter(queue, (filter != null) ? filter : QueueFilter.none(), where, params);
		String orderBy = keyset(queue.order, cursor, where, params);
		int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		params.addValue("limit", limit + 1);
		String sql = ROW_SELECT + " where " + String.join(" and ", where) + " order by " + orderBy + " limit :limit";
		List<QueueRow> rows = this.jdbc.query(sql, params, (rs, n) -> row(rs, deadlines, today));
		return page(rows, limit, (last) -> cursorOf(queue.order, last));
	}

	/**
	 * A page of the problems waiting for triage (FOUND), oldest first: staff of the
	 * county (or prefecture), or a deputy for their venue.
	 */
	public QueuePage<ProblemRow> newProblems(@Valid QueueFilter filter, String cursor, int size, CurrentUser user) {
		return problems(false, filter, cursor, size, user);
	}

	/**
	 * A page of the online problems marked as spam and not yet taken back, oldest first:
	 * staff of the county (or prefecture).
	 */
	public QueuePage<ProblemRow> spamProblems(@Valid QueueFilter filter, String cursor, int size, CurrentUser user) {
		if (!user.is(Role.COUNTY_STAFF) && !user.is(Role.PREFECTURE_OFFICE) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("spam is for staff");
		}
		return problems(true, filter, cursor, size, user);
	}

	private QueuePage<ProblemRow> problems(boolean spam, QueueFilter filter, String cursor, int size,
			CurrentUser user) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> where = new ArrayList<>();
		where.add("p.status = 'FOUND'");
		where.add(spam ? "p.spam" : "not p.spam");
		switch (user.role()) {
			case PREFECTURE_OFFICE, ADMIN -> {
			}
			case COUNTY_STAFF -> {
				where.add("p.county_id = :scopeCounty");
				params.addValue("scopeCounty", user.countyId());
			}
			case DEPUTY -> {
				where.add("p.venue_id = :scopeVenue");
				params.addValue("scopeVenue", user.venueId());
			}
			case HANDLING_UNIT -> throw new AccessDeniedException("not a queue of units");
		}
		QueueFilter f = (filter != null) ? filter : QueueFilter.none();
		if (f.venueId() != null) {
			where.add("p.venue_id = :venueId");
			params.addValue("venueId", f.venueId());
		}
		if (f.from() != null) {
			where.add("p.found_on >= :from");
			params.addValue("from", f.from());
		}
		if (f.to() != null) {
			where.add("p.found_on <= :to");
			params.addValue("to", f.to());
		}
		if (f.text() != null && !f.text().isBlank()) {
			where.add("(p.title ilike :text or p.tracking_number ilike :text)");
			params.addValue("text", like(f.text()));
		}
		if (cursor != null && !cursor.isBlank()) {
			Cursor c = Cursor.parse(cursor);
			where.add("(p.found_on, p.id) > (:afterDate, :afterId)");
			params.addValue("afterDate", c.date()).addValue("afterId", c.id());
		}
		int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		params.addValue("limit", limit + 1);
		String sql = """
				select p.id, p.version, p.tracking_number, p.title, p.venue_id, v.name as venue_name, p.source,
				       p.found_on, p.status
				from problem p join venue v on v.id = p.venue_id
				where """ + " " + String.join(" and ", where) + " order by p.found_on, p.id limit :limit";
		List<ProblemRow> rows = this.jdbc.query(sql, params,
				(rs, n) -> new ProblemRow(rs.getLong("id"), rs.getLong("version"), rs.getString("tracking_number"),
						rs.getString("title"), rs.getLong("venue_id"), rs.getString("venue_name"),
						ProblemSource.valueOf(rs.getString("source")), date(rs, "found_on"),
						LoopStatus.valueOf(rs.getString("status"))));
		return page(rows, limit, (last) -> new Cursor(last.foundOn(), last.id()).format());
	}

	/**
	 * What waits for the signed-in deputy: invitations to co-sign not yet confirmed and
	 * replies to rate, oldest first, at most {@link #MAX_PAGE_SIZE} of each; one
	 * statement (plus the settings).
	 */
	public DeputyTasks deputyTasks(CurrentUser user) {
		if (!user.is(Role.DEPUTY) || user.deputyId() == null) {
			throw new AccessDeniedException("tasks of deputies");
		}
		LoopDeadlines deadlines = this.support.deadlines();
		LocalDate today = this.support.today();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("deputy", user.deputyId())
			.addValue("limit", MAX_PAGE_SIZE);
		String sql = "select * from ((" + ROW_SELECT + " where s.status = 'PROPOSED' and exists (select 1"
				+ " from suggestion_co_signer cs where cs.suggestion_id = s.id and cs.deputy_id = :deputy"
				+ " and cs.confirmed_at is null) order by s.id limit :limit) union all (" + ROW_SELECT
				+ " where s.status = 'FED_BACK' and s.lead_deputy_id = :deputy order by s.replied_on, s.id"
				+ " limit :limit)) tasks";
		List<QueueRow> rows = this.jdbc.query(sql, params, (rs, n) -> row(rs, deadlines, today));
		return new DeputyTasks(rows.stream().filter((r) -> r.status() == LoopStatus.PROPOSED).toList(),
				rows.stream().filter((r) -> r.status() == LoopStatus.FED_BACK).toList());
	}

	/**
	 * How many items wait in each staff queue of the user's scope (or each unit queue,
	 * for a unit): one statement.
	 */
	public QueueCounts counts(CurrentUser user) {
		if (user.is(Role.DEPUTY)) {
			throw new AccessDeniedException("no queues for deputies");
		}
		LoopDeadlines deadlines = this.support.deadlines();
		LocalDate today = this.support.today();
		String scope = user.is(Role.HANDLING_UNIT) ? "unit " + user.unitId()
				: user.is(Role.COUNTY_STAFF) ? "county " + user.countyId() : "prefecture";
		return this.countsCache.get(new CountsKey(scope, today, deadlines.nearDueLimit(today)),
				() -> counts(user, today, deadlines));
	}

	private QueueCounts counts(CurrentUser user, LocalDate today, LoopDeadlines deadlines) {
		List<WorkQueue> queues = List.of(WorkQueue.values())
			.stream()
			.filter((q) -> q != WorkQueue.SEARCH && q.isForUnits() == user.is(Role.HANDLING_UNIT))
			.toList();
		if (!user.is(Role.HANDLING_UNIT)) {
			return staffCounts(user, queues, today, deadlines);
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> columns = new ArrayList<>();
		List<String> scope = new ArrayList<>();
		scope(user.is(Role.HANDLING_UNIT) ? WorkQueue.DUE_SOON : WorkQueue.TO_ASSIGN, user, scope, params);
		for (WorkQueue queue : queues) {
			List<String> condition = new ArrayList<>();
			queueCondition(queue, today, deadlines, condition, params);
			if (queue.isForUnits() && !unitCondition(queue).isEmpty()) {
				condition.add(unitExists(queue));
			}
			columns.add("count(*) filter (where " + String.join(" and ", condition) + ") as " + queue.name());
		}
		String problemScope = user.is(Role.COUNTY_STAFF) ? " and p.county_id = :scopeCounty" : "";
		String problems = user.is(Role.HANDLING_UNIT) ? "0"
				: "(select count(*) from problem p where p.status = 'FOUND' and not p.spam" + problemScope + ")";
		String spam = user.is(Role.HANDLING_UNIT) ? "0"
				: "(select count(*) from problem p where p.status = 'FOUND' and p.spam" + problemScope + ")";
		String sql = "select " + problems + " as new_problems, " + spam + " as spam_problems, "
				+ String.join(", ", columns) + " from suggestion s where " + String.join(" and ", scope);
		return this.jdbc.queryForObject(sql, params, (rs, n) -> {
			Map<WorkQueue, Long> counts = new EnumMap<>(WorkQueue.class);
			for (WorkQueue queue : queues) {
				counts.put(queue, rs.getLong(queue.name()));
			}
			return new QueueCounts(rs.getLong("new_problems"), counts, rs.getLong("spam_problems"));
		});
	}

	/**
	 * The staff queues' counts, read from the counts per county and month that the
	 * database keeps on every change (report_month, report_due: Flyway V87) rather than
	 * from every suggestion (spam is not counted there); objections, extensions,
	 * follow-ups and problems marked as spam, which those do not hold, are counted
	 * through their partial indexes (V32, V70, V88).
	 */
	private QueueCounts staffCounts(CurrentUser user, List<WorkQueue> queues, LocalDate today,
			LoopDeadlines deadlines) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today)
			.addValue("nearDueLimit", deadlines.nearDueLimit(today));
		String county = "";
		String suggestionCounty = "";
		String problemCounty = "";
		if (user.is(Role.COUNTY_STAFF)) {
			county = " and county_id = :scopeCounty";
			suggestionCounty = " and s.county_id = :scopeCounty";
			problemCounty = " and p.county_id = :scopeCounty";
			params.addValue("scopeCounty", user.countyId());
		}
		String sql = "select m.problems_found as new_problems, m.to_assign as TO_ASSIGN, d.near_due as NEAR_DUE,"
				+ " d.overdue as OVERDUE, m.being_handled as REPLIES_TO_RECORD,"
				+ " m.replied - m.closed as RATINGS_TO_COLLECT,"
				+ " (select count(distinct o.suggestion_id) from unit_assignment o join suggestion s"
				+ " on s.id = o.suggestion_id where o.status = 'OBJECTED' and " + OPEN + suggestionCounty
				+ ") as OBJECTIONS_TO_DECIDE,"
				+ " (select count(*) from extension_request e join suggestion s on s.id = e.suggestion_id"
				+ " where e.status = 'PENDING'" + suggestionCounty + ") as EXTENSIONS_TO_DECIDE,"
				+ " (select count(*) from suggestion s where s.follow_up_pending" + suggestionCounty + ") as FOLLOW_UP,"
				+ " (select count(*) from problem p where p.status = 'FOUND' and p.spam" + problemCounty
				+ ") as spam_problems" + " from (select coalesce(sum(problems_found), 0) as problems_found,"
				+ " coalesce(sum(to_assign), 0) as to_assign, coalesce(sum(being_handled), 0) as being_handled,"
				+ " coalesce(sum(replied), 0) as replied, coalesce(sum(closed), 0) as closed"
				+ " from report_month where venue_id = 0" + county + ") m,"
				+ " (select coalesce(sum(open) filter (where due_on >= :today), 0) as near_due,"
				+ " coalesce(sum(open) filter (where due_on < :today), 0) as overdue"
				+ " from report_due where venue_id = 0 and due_on <= :nearDueLimit" + county + ") d";
		return this.jdbc.queryForObject(sql, params, (rs, n) -> {
			Map<WorkQueue, Long> counts = new EnumMap<>(WorkQueue.class);
			for (WorkQueue queue : queues) {
				counts.put(queue, rs.getLong(queue.name()));
			}
			return new QueueCounts(rs.getLong("new_problems"), counts, rs.getLong("spam_problems"));
		});
	}

	private void scope(WorkQueue queue, CurrentUser user, List<String> where, MapSqlParameterSource params) {
		if (queue.isForUnits()) {
			if (!user.is(Role.HANDLING_UNIT) || user.unitId() == null) {
				throw new AccessDeniedException("unit queues are for handling units");
			}
			where.add(unitExists(queue));
			params.addValue("unit", user.unitId());
			return;
		}
		switch (user.role()) {
			case PREFECTURE_OFFICE, ADMIN -> where.add("true");
			case COUNTY_STAFF -> {
				where.add("s.county_id = :scopeCounty");
				params.addValue("scopeCounty", user.countyId());
			}
			case DEPUTY -> {
				if (queue != WorkQueue.SEARCH) {
					throw new AccessDeniedException("deputies search, they have no queues");
				}
				where.add("(s.venue_id = :scopeVenue or s.lead_deputy_id = :scopeDeputy or exists (select 1"
						+ " from suggestion_co_signer cs where cs.suggestion_id = s.id and cs.deputy_id = :scopeDeputy))");
				params.addValue("scopeVenue", user.venueId()).addValue("scopeDeputy", user.deputyId());
			}
			case HANDLING_UNIT -> {
				if (queue != WorkQueue.SEARCH) {
					throw new AccessDeniedException("units have their own queues");
				}
				where.add("exists (select 1 from unit_assignment a where a.suggestion_id = s.id"
						+ " and a.unit_id = :unit and a.status <> 'REROUTED')");
				params.addValue("unit", user.unitId());
			}
		}
	}

	private static String unitExists(WorkQueue queue) {
		return "exists (select 1 from unit_assignment a where a.suggestion_id = s.id and a.unit_id = :unit"
				+ " and a.status <> 'REROUTED'" + unitCondition(queue) + ")";
	}

	private static String unitCondition(WorkQueue queue) {
		return switch (queue) {
			case TO_SIGN_FOR -> " and a.status = 'PENDING'";
			case OBJECTIONS_PENDING -> " and a.status = 'OBJECTED'";
			case TO_REPLY -> " and a.role = 'LEAD'";
			case VIEWS_TO_GIVE -> " and a.role = 'ASSISTING' and not exists (select 1 from assisting_view av"
					+ " join handling_round r on r.id = av.round_id where r.suggestion_id = s.id"
					+ " and r.number = s.handling_round and av.unit_id = a.unit_id)";
			default -> "";
		};
	}

	private static void queueCondition(WorkQueue queue, LocalDate today, LoopDeadlines deadlines, List<String> where,
			MapSqlParameterSource params) {
		switch (queue) {
			case TO_ASSIGN -> where.add("s.status = 'PROPOSED'");
			case NEAR_DUE -> {
				where.add(OPEN + " and s.due_on >= :today and s.due_on <= :nearDueLimit");
				params.addValue("today", today).addValue("nearDueLimit", deadlines.nearDueLimit(today));
			}
			case OVERDUE -> {
				where.add(OPEN + " and s.due_on < :today");
				params.addValue("today", today);
			}
			case DUE_SOON -> {
				where.add(OPEN + " and s.due_on <= :nearDueLimit");
				params.addValue("nearDueLimit", deadlines.nearDueLimit(today));
			}
			case REPLIES_TO_RECORD, TO_SIGN_FOR, OBJECTIONS_PENDING, TO_REPLY, VIEWS_TO_GIVE -> where.add(OPEN);
			case RATINGS_TO_COLLECT -> where.add("s.status = 'FED_BACK'");
			case OBJECTIONS_TO_DECIDE -> where.add(OPEN + " and exists (select 1 from unit_assignment o"
					+ " where o.suggestion_id = s.id and o.status = 'OBJECTED')");
			case EXTENSIONS_TO_DECIDE -> where.add("exists (select 1 from extension_request e"
					+ " where e.suggestion_id = s.id and e.status = 'PENDING')");
			case FOLLOW_UP -> where.add("s.follow_up_pending");
			case SEARCH -> where.add("true");
		}
	}

	private static void filter(WorkQueue queue, QueueFilter filter, List<String> where, MapSqlParameterSource params) {
		if (filter.status() != null) {
			where.add("s.status = :status");
			params.addValue("status", filter.status().name());
		}
		if (filter.venueId() != null) {
			where.add("s.venue_id = :venueId");
			params.addValue("venueId", filter.venueId());
		}
		if (filter.unitId() != null) {
			where.add("exists (select 1 from unit_assignment fa where fa.suggestion_id = s.id"
					+ " and fa.unit_id = :filterUnit and fa.status <> 'REROUTED')");
			params.addValue("filterUnit", filter.unitId());
		}
		if (filter.categoryId() != null) {
			where.add("(s.category_id = :categoryId or s.category_id in"
					+ " (select sc.id from suggestion_category sc where sc.parent_id = :categoryId))");
			params.addValue("categoryId", filter.categoryId());
		}
		String dateColumn = (queue.order.column != null) ? queue.order.column : "s.proposed_on";
		if (filter.from() != null) {
			where.add(dateColumn + " >= :from");
			params.addValue("from", filter.from());
		}
		if (filter.to() != null) {
			where.add(dateColumn + " <= :to");
			params.addValue("to", filter.to());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.add("(s.title ilike :text or s.number ilike :text)");
			params.addValue("text", like(filter.text()));
		}
	}

	private static String keyset(Order order, String cursor, List<String> where, MapSqlParameterSource params) {
		boolean hasCursor = cursor != null && !cursor.isBlank();
		if (order == Order.NEWEST) {
			if (hasCursor) {
				where.add("s.id < :afterId");
				params.addValue("afterId", Cursor.parseId(cursor));
			}
			return "s.id desc";
		}
		if (hasCursor) {
			Cursor c = Cursor.parse(cursor);
			where.add("(" + order.column + ", s.id) > (:afterDate, :afterId)");
			params.addValue("afterDate", c.date()).addValue("afterId", c.id());
		}
		return order.column + ", s.id";
	}

	private static String cursorOf(Order order, QueueRow row) {
		return switch (order) {
			case NEWEST -> String.valueOf(row.id());
			case PROPOSED_ON -> new Cursor(row.proposedOn(), row.id()).format();
			case DUE_ON -> new Cursor(row.dueOn(), row.id()).format();
			case REPLIED_ON -> new Cursor(row.repliedOn(), row.id()).format();
			case CLOSED_ON -> new Cursor(row.closedOn(), row.id()).format();
		};
	}

	private static <T> QueuePage<T> page(List<T> rows, int limit, java.util.function.Function<T, String> cursor) {
		if (rows.size() <= limit) {
			return new QueuePage<>(rows, null);
		}
		List<T> items = rows.subList(0, limit);
		return new QueuePage<>(items, cursor.apply(items.get(limit - 1)));
	}

	private static QueueRow row(ResultSet rs, LoopDeadlines deadlines, LocalDate today) throws SQLException {
		LoopStatus status = LoopStatus.valueOf(rs.getString("status"));
		LocalDate dueOn = date(rs, "due_on");
		String resultClass = rs.getString("result_class");
		return new QueueRow(rs.getLong("id"), rs.getLong("version"), rs.getString("number"), rs.getString("title"),
				rs.getLong("county_id"), rs.getString("county_name"), rs.getLong("venue_id"),
				rs.getString("venue_name"), rs.getString("category_name"),
				AdministrativeLevel.valueOf(rs.getString("level")), rs.getString("lead_deputy_name"),
				rs.getString("lead_unit_name"), status, date(rs, "proposed_on"), date(rs, "assigned_on"), dueOn,
				date(rs, "replied_on"), (resultClass != null) ? ResultClass.valueOf(resultClass) : null,
				date(rs, "closed_on"), rs.getBoolean("key_supervision"), rs.getInt("handling_round"),
				(status.isBeingHandled() && dueOn != null) ? deadlines.state(dueOn, today) : null,
				SupervisionLevel.valueOf(rs.getString("supervision_level")));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static String like(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * The position after the last row of a page: its sort date and id.
	 */
	record Cursor(LocalDate date, long id) {

		String format() {
			return this.date + "_" + this.id;
		}

		static Cursor parse(String cursor) {
			try {
				int split = cursor.indexOf('_');
				return new Cursor(LocalDate.parse(cursor.substring(0, split)),
						Long.parseLong(cursor.substring(split + 1)));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("bad cursor", ex);
			}
		}

		static long parseId(String cursor) {
			try {
				return Long.parseLong(cursor);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("bad cursor", ex);
			}
		}

	}

	/**
	 * Whose counts (a unit's, a county's or the prefecture's), on a day, with the
	 * near-due limit of the settings then.
	 */
	private record CountsKey(String scope, LocalDate today, LocalDate nearDueLimit) {

	}

}
