package org.deputyaction.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deputyaction.reporting.ProblemCounts;
import org.deputyaction.reporting.ReportBucket;
import org.deputyaction.reporting.ReportDimension;
import org.deputyaction.reporting.ReportItem;
import org.deputyaction.reporting.ReportRequest;
import org.deputyaction.reporting.ReportScope;
import org.deputyaction.reporting.VoterRatings;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports' SQL: one statement of conditional aggregates over the suggestions of a
 * place and period, grouped by the table's dimension with the total in the same statement
 * (grouping sets); the same predicates select the items behind each count, so that a
 * figure and its list always agree.
 */
@Component
public class ReportSql {

	private static final String OPEN = "f.status in ('ASSIGNED', 'SUPERVISED')";

	private static final String REPLIED = "f.status in ('FED_BACK', 'CLOSED')";

	/**
	 * The names of an item's county, venue and lead unit, as scalar subqueries rather
	 * than joins: joined, the facts' eight tables and these three made the planner search
	 * join orders for some 80 ms per page at a million items, against 2 ms to run the
	 * page.
	 */
	private static final String NAMES = "(select c.name from county c where c.id = f.county_id),"
			+ " (select v.name from venue v where v.id = f.venue_id),"
			+ " (select u.name from handling_unit u where u.id = f.lead_unit_id)";

	private static final Map<ReportBucket, String> PREDICATES = new EnumMap<>(ReportBucket.class);

	static {
		PREDICATES.put(ReportBucket.PROPOSED, "true");
		PREDICATES.put(ReportBucket.TO_ASSIGN, "f.status = 'PROPOSED'");
		PREDICATES.put(ReportBucket.ASSIGNED, "f.assigned_on is not null");
		PREDICATES.put(ReportBucket.BEING_HANDLED, OPEN);
		PREDICATES.put(ReportBucket.REPLIED, REPLIED);
		PREDICATES.put(ReportBucket.REPLIED_ON_TIME, REPLIED + " and f.on_time");
		PREDICATES.put(ReportBucket.CLOSED, "f.status = 'CLOSED'");
		PREDICATES.put(ReportBucket.OVERDUE, OPEN + " and f.due_on < :today");
		PREDICATES.put(ReportBucket.NEAR_DUE, OPEN + " and f.due_on >= :today and f.due_on <= :nearDueLimit");
		PREDICATES.put(ReportBucket.KEY_SUPERVISION, "f.key_supervision");
		PREDICATES.put(ReportBucket.LEADER_LED, "f.supervision_level = 'LEADER_LED'");
		PREDICATES.put(ReportBucket.RATED, "f.last_rating is not null");
		PREDICATES.put(ReportBucket.SATISFIED_OR_BASIC, "f.last_rating in ('S', 'B')");
		PREDICATES.put(ReportBucket.SATISFIED, "f.last_rating = 'S'");
		PREDICATES.put(ReportBucket.FIRST_SATISFIED_OR_BASIC, "f.first_rating in ('S', 'B')");
		PREDICATES.put(ReportBucket.FIRST_SATISFIED, "f.first_rating = 'S'");
		PREDICATES.put(ReportBucket.REHANDLED_RATED, "f.rehandled_rating is not null");
		PREDICATES.put(ReportBucket.REHANDLED_SATISFIED_OR_BASIC, "f.rehandled_rating in ('S', 'B')");
		PREDICATES.put(ReportBucket.REHANDLED_SATISFIED, "f.rehandled_rating = 'S'");
		PREDICATES.put(ReportBucket.CLASS_A, REPLIED + " and f.result_class = 'A'");
		PREDICATES.put(ReportBucket.CLASS_AB, REPLIED + " and f.result_class in ('A', 'B')");
	}

	private static final String FACTS = """
			select s.id, s.number, s.title, s.county_id, v.township_id, s.venue_id, d.group_id, s.lead_unit_id,
			       coalesce(c.parent_id, c.id) as category_key, s.level,
			       to_char(s.proposed_on, 'YYYY-MM') as month_key, s.status, s.proposed_on, s.assigned_on,
			       s.due_on, s.replied_on, s.closed_on, s.result_class, s.key_supervision,
			       s.supervision_level,
			       m.current_reply_on_time as on_time, m.first_rating, m.last_rating, m.rehandled_rating,
			       coalesce(m.voter_satisfied, 0) as voter_satisfied, coalesce(m.voter_basically, 0) as voter_basically,
			       coalesce(m.voter_unsatisfied, 0) as voter_unsatisfied
			  from suggestion s
			  join venue v on v.id = s.venue_id
			  join deputy d on d.id = s.lead_deputy_id
			  join suggestion_category c on c.id = s.category_id
			  left join suggestion_measure m on m.suggestion_id = s.id
			 where s.proposed_on between :from and :to
			""";

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The installation's prefecture once there is one: the first made, which stays (the
	 * organisation is deactivated, never deleted).
	 */
	private volatile Long prefecture;

	ReportSql(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The predicate over the facts' alias {@code f} that selects a bucket's items. */
	public static String predicate(ReportBucket bucket) {
		return PREDICATES.get(bucket);
	}

	/**
	 * The counts of every bucket per key of the dimension, with the total under the key
	 * {@code null}.
	 */
	public Map<String, Map<ReportBucket, Long>> aggregate(ReportRequest request, ReportScope scope, ReportDimension by,
			LocalDate today, LocalDate nearDueLimit) {
		return aggregate(request, scope, by, today, nearDueLimit, new LinkedHashMap<>());
	}

	/**
	 * The counts of every bucket per key of the dimension, with the total under the key
	 * {@code null}; the voters' on-site ratings of the same suggestions, summed, go into
	 * {@code voters} under the same keys.
	 */
	public Map<String, Map<ReportBucket, Long>> aggregate(ReportRequest request, ReportScope scope, ReportDimension by,
			LocalDate today, LocalDate nearDueLimit, Map<String, VoterRatings> voters) {
		MapSqlParameterSource params = params(request, scope, today, nearDueLimit);
		if (cubeServes(request, scope) && CUBE_KEYS.containsKey(by)) {
			return cubeAggregate(request, scope, by, params, voters);
		}
		return aggregateFromSuggestions(request, scope, by, params, voters);
	}

	/**
	 * As {@link #aggregate}, always counted from the suggestions themselves (never from
	 * the precomputed counts): what the precomputed counts must agree with.
	 */
	public Map<String, Map<ReportBucket, Long>> aggregateFromSuggestions(ReportRequest request, ReportScope scope,
			ReportDimension by, LocalDate today, LocalDate nearDueLimit) {
		return aggregateFromSuggestions(request, scope, by, params(request, scope, today, nearDueLimit),
				new LinkedHashMap<>());
	}

	private Map<String, Map<ReportBucket, Long>> aggregateFromSuggestions(ReportRequest request, ReportScope scope,
			ReportDimension by, MapSqlParameterSource params, Map<String, VoterRatings> voters) {
		StringBuilder sql = new StringBuilder("with f as (").append(FACTS)
			.append(filters(request, scope))
			.append(")\nselect f.k, grouping(f.k) as is_total");
		for (ReportBucket bucket : ReportBucket.values()) {
			sql.append(",\n count(*) filter (where ").append(PREDICATES.get(bucket)).append(")");
		}
		sql.append(",\n sum(f.voter_satisfied), sum(f.voter_basically), sum(f.voter_unsatisfied)");
		sql.append("\n from (select ")
			.append(key(by))
			.append(" as k, f.* from f) f group by grouping sets ((f.k), ())");
		Map<String, Map<ReportBucket, Long>> result = new LinkedHashMap<>();
		this.jdbc.query(sql.toString(), params, (rs) -> {
			Map<ReportBucket, Long> counts = new EnumMap<>(ReportBucket.class);
			int column = 3;
			for (ReportBucket bucket : ReportBucket.values()) {
				counts.put(bucket, rs.getLong(column++));
			}
			String key = rs.getInt(2) == 1 ? null : rs.getString(1);
			result.put(key, counts);
			voters.put(key, new VoterRatings(rs.getLong(column), rs.getLong(column + 1), rs.getLong(column + 2)));
		});
		return result;
	}

	/**
	 * Problems found in the period per key of a dimension that splits them, with the
	 * total under {@code null}. Unit, category and level filters do not apply to
	 * problems; with any of them (or a group) set there are none to show and the result
	 * is empty. Online problems marked as spam are not counted.
	 */
	public Map<String, ProblemCounts> problems(ReportRequest request, ReportScope scope, ReportDimension by) {
		if (request.unitId() != null || request.categoryId() != null || request.level() != null
				|| scope.groupId() != null || request.groupId() != null) {
			return Map.of();
		}
		String key = switch (by) {
			case COUNTY -> "p.county_id::text";
			case TOWNSHIP -> "v.township_id::text";
			case VENUE -> "p.venue_id::text";
			case MONTH -> "to_char(p.found_on, 'YYYY-MM')";
			default -> "null::text";
		};
		MapSqlParameterSource params = params(request, scope, null, null);
		if (cubeServes(request, scope)) {
			return cubeProblems(request, scope, by, params);
		}
		StringBuilder sql = new StringBuilder(
				"select g.k, grouping(g.k), count(*)," + " count(*) filter (where g.status = 'PROPOSED'),"
						+ " count(*) filter (where g.status = 'RESOLVED_DIRECTLY'),"
						+ " count(*) filter (where g.status = 'MERGED'), count(*) filter (where g.status = 'DECLINED'),"
						+ " count(*) filter (where g.status = 'FOUND')\n from (select ")
			.append(key)
			.append(" as k, p.status from problem p join venue v on v.id = p.venue_id")
			.append(" where p.found_on between :from and :to and not p.spam");
		if (scope.venueId() != null) {
			sql.append(" and p.venue_id = :venueId");
		}
		else if (scope.townshipId() != null) {
			sql.append(" and v.township_id = :townshipId");
		}
		else if (scope.countyId() != null) {
			sql.append(" and p.county_id = :countyId");
		}
		else {
			sql.append(" and p.county_id in (select id from county where prefecture_id = :prefectureId)");
		}
		if (request.month() != null) {
			sql.append(" and to_char(p.found_on, 'YYYY-MM') = :month");
		}
		sql.append(") g group by grouping sets ((g.k), ())");
		Map<String, ProblemCounts> result = new LinkedHashMap<>();
		this.jdbc.query(sql.toString(), params, (rs) -> {
			result.put(rs.getInt(2) == 1 ? null : rs.getString(1), new ProblemCounts(rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
		});
		return result;
	}

	/**
	 * Whether the precomputed counts (tables report_month and report_due, Flyway V87)
	 * answer a request: a place (prefecture, county, township, venue) and whole months,
	 * without a unit, category, level or group filter. The rest is counted from the
	 * suggestions themselves.
	 */
	public static boolean cubeServes(ReportRequest request, ReportScope scope) {
		LocalDate from = request.period().from();
		LocalDate to = request.period().to();
		return request.unitId() == null && request.categoryId() == null && request.level() == null
				&& request.groupId() == null && scope.groupId() == null && from.getDayOfMonth() == 1
				&& to.equals(YearMonth.from(to).atEndOfMonth());
	}

	private static final Map<ReportDimension, String> CUBE_KEYS = new EnumMap<>(ReportDimension.class);

	static {
		CUBE_KEYS.put(ReportDimension.COUNTY, "county_id::text");
		CUBE_KEYS.put(ReportDimension.TOWNSHIP, "township_id::text");
		CUBE_KEYS.put(ReportDimension.VENUE, "venue_id::text");
		CUBE_KEYS.put(ReportDimension.MONTH, "to_char(month, 'YYYY-MM')");
	}

	private Map<String, Map<ReportBucket, Long>> cubeAggregate(ReportRequest request, ReportScope scope,
			ReportDimension by, MapSqlParameterSource params, Map<String, VoterRatings> voters) {
		String key = CUBE_KEYS.get(by);
		String rows = cubeRows(request, scope, by, params);
		StringBuilder months = new StringBuilder("select ").append(key).append(" as k");
		StringBuilder due = new StringBuilder("select ").append(key).append(" as k");
		StringBuilder sql = new StringBuilder("select x.k, grouping(x.k)");
		int i = 0;
		for (ReportBucket bucket : ReportBucket.values()) {
			String column = " as c" + i;
			if (bucket == ReportBucket.OVERDUE) {
				months.append(", 0").append(column);
				due.append(", case when due_on < :today then open else 0 end").append(column);
			}
			else if (bucket == ReportBucket.NEAR_DUE) {
				months.append(", 0").append(column);
				due.append(", case when due_on >= :today then open else 0 end").append(column);
			}
			else {
				months.append(", ").append(bucket.name().toLowerCase(java.util.Locale.ROOT)).append(column);
				due.append(", 0").append(column);
			}
			sql.append(", sum(x.c").append(i).append(')');
			i++;
		}
		months.append(", voter_satisfied, voter_basically, voter_unsatisfied");
		due.append(", 0, 0, 0");
		sql.append(", sum(x.voter_satisfied), sum(x.voter_basically), sum(x.voter_unsatisfied)");
		months.append(" from report_month where ").append(rows);
		due.append(" from report_due where ").append(rows).append(" and due_on <= :nearDueLimit");
		sql.append("\n from (").append(months).append("\n union all ").append(due);
		sql.append(") x group by grouping sets ((x.k), ())");
		Map<String, Map<ReportBucket, Long>> result = new LinkedHashMap<>();
		this.jdbc.query(sql.toString(), params, (rs) -> {
			Map<ReportBucket, Long> counts = new EnumMap<>(ReportBucket.class);
			int column = 3;
			for (ReportBucket bucket : ReportBucket.values()) {
				counts.put(bucket, rs.getLong(column++));
			}
			String k = rs.getInt(2) == 1 ? null : rs.getString(1);
			result.put(k, counts);
			voters.put(k, new VoterRatings(rs.getLong(column), rs.getLong(column + 1), rs.getLong(column + 2)));
		});
		return result;
	}

	private Map<String, ProblemCounts> cubeProblems(ReportRequest request, ReportScope scope, ReportDimension by,
			MapSqlParameterSource params) {
		String key = CUBE_KEYS.getOrDefault(by, "null::text");
		String sql = "select x.k, grouping(x.k), sum(x.problems), sum(x.problems_proposed), sum(x.problems_resolved),"
				+ " sum(x.problems_merged), sum(x.problems_declined), sum(x.problems_found) from (select " + key
				+ " as k, problems, problems_proposed, problems_resolved, problems_merged, problems_declined,"
				+ " problems_found from report_month where " + cubeRows(request, scope, by, params)
				+ ") x group by grouping sets ((x.k), ())";
		Map<String, ProblemCounts> result = new LinkedHashMap<>();
		this.jdbc.query(sql, params, (rs) -> {
			result.put(rs.getInt(2) == 1 ? null : rs.getString(1), new ProblemCounts(rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
		});
		return result;
	}

	/**
	 * Which rows of the precomputed tables a request reads: the county rows (venue_id 0)
	 * for a prefecture or county split by county or month, else the venue rows.
	 */
	private static String cubeRows(ReportRequest request, ReportScope scope, ReportDimension by,
			MapSqlParameterSource params) {
		boolean countyRows = scope.townshipId() == null && scope.venueId() == null && by != ReportDimension.TOWNSHIP
				&& by != ReportDimension.VENUE;
		StringBuilder where = new StringBuilder(countyRows ? "venue_id = 0" : "venue_id <> 0");
		if (scope.venueId() != null) {
			where.append(" and venue_id = :venueId");
		}
		else if (scope.townshipId() != null) {
			where.append(" and township_id = :townshipId");
		}
		else if (scope.countyId() != null) {
			where.append(" and county_id = :countyId");
		}
		else {
			where.append(" and county_id in (select id from county where prefecture_id = :prefectureId)");
		}
		where.append(" and month between :fromMonth and :toMonth");
		params.addValue("fromMonth", request.period().from().withDayOfMonth(1))
			.addValue("toMonth", request.period().to().withDayOfMonth(1));
		if (request.month() != null) {
			where.append(" and month = :monthStart");
			params.addValue("monthStart", request.month().atDay(1));
		}
		return where.toString();
	}

	/**
	 * The rows a dimension always shows (every place below the scope, every top-level
	 * category), in order, with their names; empty for dimensions whose rows come from
	 * the data.
	 */
	public LinkedHashMap<String, String> fixedRows(ReportScope scope, ReportDimension by) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("prefectureId", scope.prefectureId())
			.addValue("countyId", scope.countyId())
			.addValue("townshipId", scope.townshipId())
			.addValue("venueId", scope.venueId())
			.addValue("groupId", scope.groupId());
		String sql = switch (by) {
			case COUNTY -> (scope.countyId() != null) ? "select id::text, name from county where id = :countyId"
					: "select id::text, name from county where prefecture_id = :prefectureId order by code";
			case TOWNSHIP -> "select t.id::text, t.name from township t join county c on c.id = t.county_id where "
					+ place(scope, "t.county_id", "t.id", null, null) + " order by t.code";
			case VENUE -> "select v.id::text, v.name from venue v join county c on c.id = v.county_id where "
					+ place(scope, "v.county_id", "v.township_id", "v.id", null) + " order by v.kind, v.code";
			case GROUP -> "select g.id::text, g.name from deputy_group g join venue v on v.id = g.venue_id"
					+ " join county c on c.id = g.county_id where "
					+ place(scope, "g.county_id", "v.township_id", "g.venue_id", "g.id") + " order by g.code";
			case CATEGORY ->
				"select id::text, name from suggestion_category where parent_id is null" + " order by sort_order, id";
			default -> null;
		};
		LinkedHashMap<String, String> rows = new LinkedHashMap<>();
		if (sql != null) {
			this.jdbc.query(sql, params, (rs) -> {
				rows.put(rs.getString(1), rs.getString(2));
			});
		}
		return rows;
	}

	/** The names of handling units. */
	public Map<String, String> unitNames(List<Long> ids) {
		Map<String, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("select id::text, name from handling_unit where id in (:ids) order by level, name",
					Map.of("ids", ids), (rs) -> {
						names.put(rs.getString(1), rs.getString(2));
					});
		}
		return names;
	}

	/**
	 * The suggestions of a bucket, newest proposal first, and their number.
	 */
	public List<ReportItem> items(ReportRequest request, ReportScope scope, ReportBucket bucket, LocalDate today,
			LocalDate nearDueLimit, int offset, int limit, long[] total) {
		MapSqlParameterSource params = params(request, scope, today, nearDueLimit).addValue("offset", offset)
			.addValue("limit", limit);
		String sql = "with f as (" + FACTS + filters(request, scope) + ")\n" + "select f.id, f.number, f.title, "
				+ NAMES + ", f.status, f.proposed_on, f.assigned_on,"
				+ " f.due_on, f.replied_on, f.closed_on, f.result_class, f.last_rating, f.key_supervision,"
				+ " f.supervision_level, count(*) over (), f.voter_satisfied, f.voter_basically, f.voter_unsatisfied"
				+ " from f where " + PREDICATES.get(bucket)
				+ " order by f.proposed_on desc, f.id desc offset :offset limit :limit";
		List<ReportItem> items = new ArrayList<>();
		this.jdbc.query(sql, params, (rs) -> {
			items.add(new ReportItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), date(rs.getDate(8)), date(rs.getDate(9)), date(rs.getDate(10)),
					date(rs.getDate(11)), date(rs.getDate(12)), rs.getString(13), rs.getString(14), rs.getBoolean(15),
					rs.getString(16), new VoterRatings(rs.getLong(18), rs.getLong(19), rs.getLong(20))));
			total[0] = rs.getLong(17);
		});
		if (items.isEmpty() && offset > 0) {
			total[0] = -1;
		}
		return items;
	}

	/** A position in the items' order (newest proposal first), and which way to read. */
	public record Cursor(LocalDate proposedOn, long id, boolean backward) {

		/** Before the first item (the newest proposal). */
		public static final Cursor START = new Cursor(LocalDate.of(9999, 12, 31), Long.MAX_VALUE, false);

		/** {@code 2026-03-01_4711}; null when absent or malformed. */
		public static Cursor parse(String text, boolean backward) {
			if (text == null || text.isBlank()) {
				return null;
			}
			int separator = text.indexOf('_');
			try {
				return new Cursor(LocalDate.parse(text.substring(0, Math.max(0, separator))),
						Long.parseLong(text.substring(separator + 1)), backward);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

	/**
	 * The page of a bucket's items after (or, backward, before) a cursor: read from the
	 * index on the day proposed and id at that point, whatever the depth.
	 */
	public List<ReportItem> itemsFrom(ReportRequest request, ReportScope scope, ReportBucket bucket, LocalDate today,
			LocalDate nearDueLimit, Cursor cursor, int limit) {
		MapSqlParameterSource params = params(request, scope, today, nearDueLimit).addValue("limit", limit)
			.addValue("cursorDate", cursor.proposedOn())
			.addValue("cursorId", cursor.id());
		String direction = cursor.backward() ? "asc" : "desc";
		String sql = "with f as (" + FACTS + filters(request, scope)
				+ (cursor.backward() ? " and (s.proposed_on, s.id) > (:cursorDate, :cursorId)"
						: " and (s.proposed_on, s.id) < (:cursorDate, :cursorId)")
				+ ")\n" + "select f.id, f.number, f.title, " + NAMES + ", f.status, f.proposed_on, f.assigned_on,"
				+ " f.due_on, f.replied_on, f.closed_on, f.result_class, f.last_rating, f.key_supervision,"
				+ " f.supervision_level, f.voter_satisfied, f.voter_basically, f.voter_unsatisfied from f where "
				+ PREDICATES.get(bucket) + " order by f.proposed_on " + direction + ", f.id " + direction
				+ " limit :limit";
		List<ReportItem> items = new ArrayList<>();
		this.jdbc.query(sql, params, (rs) -> {
			items.add(new ReportItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), date(rs.getDate(8)), date(rs.getDate(9)), date(rs.getDate(10)),
					date(rs.getDate(11)), date(rs.getDate(12)), rs.getString(13), rs.getString(14), rs.getBoolean(15),
					rs.getString(16), new VoterRatings(rs.getLong(17), rs.getLong(18), rs.getLong(19))));
		});
		if (cursor.backward()) {
			java.util.Collections.reverse(items);
		}
		return items;
	}

	/**
	 * How many items a bucket holds: from the precomputed counts when they serve the
	 * request, else counted.
	 */
	public long count(ReportRequest request, ReportScope scope, ReportBucket bucket, LocalDate today,
			LocalDate nearDueLimit) {
		if (cubeServes(request, scope)) {
			Map<ReportBucket, Long> total = aggregate(request, scope, ReportDimension.MONTH, today, nearDueLimit)
				.get(null);
			return (total != null) ? total.getOrDefault(bucket, 0L) : 0;
		}
		Long count = this.jdbc.queryForObject("with f as (" + FACTS + filters(request, scope)
				+ ")\nselect count(*) from f where " + PREDICATES.get(bucket),
				params(request, scope, today, nearDueLimit), Long.class);
		return (count != null) ? count : 0;
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static String key(ReportDimension by) {
		return switch (by) {
			case COUNTY -> "f.county_id::text";
			case TOWNSHIP -> "f.township_id::text";
			case VENUE -> "f.venue_id::text";
			case GROUP -> "coalesce(f.group_id, 0)::text";
			case UNIT -> "coalesce(f.lead_unit_id, 0)::text";
			case CATEGORY -> "f.category_key::text";
			case LEVEL -> "f.level";
			case MONTH -> "f.month_key";
		};
	}

	private static String place(ReportScope scope, String county, String township, String venue, String group) {
		if (scope.groupId() != null && group != null) {
			return group + " = :groupId";
		}
		if (scope.venueId() != null && venue != null) {
			return venue + " = :venueId";
		}
		if (scope.townshipId() != null && township != null) {
			return township + " = :townshipId";
		}
		if (scope.countyId() != null) {
			return county + " = :countyId";
		}
		return "c.prefecture_id = :prefectureId";
	}

	private static String filters(ReportRequest request, ReportScope scope) {
		StringBuilder sql = new StringBuilder();
		if (scope.groupId() != null) {
			sql.append(" and d.group_id = :groupId");
		}
		else if (request.groupId() != null && request.groupId() == 0) {
			sql.append(" and d.group_id is null");
		}
		if (scope.venueId() != null) {
			sql.append(" and s.venue_id = :venueId");
		}
		else if (scope.townshipId() != null) {
			sql.append(" and v.township_id = :townshipId");
		}
		else if (scope.countyId() != null) {
			sql.append(" and s.county_id = :countyId");
		}
		else {
			sql.append(" and s.county_id in (select id from county where prefecture_id = :prefectureId)");
		}
		if (request.unitId() != null) {
			sql.append((request.unitId() == 0) ? " and s.lead_unit_id is null" : " and s.lead_unit_id = :unitId");
		}
		if (request.categoryId() != null) {
			sql.append(" and coalesce(c.parent_id, c.id) = :categoryId");
		}
		if (request.level() != null) {
			sql.append(" and s.level = :level");
		}
		if (request.month() != null) {
			sql.append(" and to_char(s.proposed_on, 'YYYY-MM') = :month");
		}
		return sql.append('\n').toString();
	}

	private static MapSqlParameterSource params(ReportRequest request, ReportScope scope, LocalDate today,
			LocalDate nearDueLimit) {
		return new MapSqlParameterSource().addValue("from", request.period().from())
			.addValue("to", request.period().to())
			.addValue("prefectureId", scope.prefectureId())
			.addValue("countyId", scope.countyId())
			.addValue("townshipId", scope.townshipId())
			.addValue("venueId", scope.venueId())
			.addValue("groupId", scope.groupId())
			.addValue("unitId", request.unitId())
			.addValue("categoryId", request.categoryId())
			.addValue("level", (request.level() != null) ? request.level().name() : null)
			.addValue("month", (request.month() != null) ? request.month().toString() : null)
			.addValue("today", today)
			.addValue("nearDueLimit", nearDueLimit);
	}

	/**
	 * Resolves the places a request names (the finest one given, its parents checked
	 * against the coarser ones given), or null when one does not exist or they disagree.
	 */
	public ReportScope resolve(Long prefectureId, Long countyId, Long townshipId, Long venueId, Long groupId) {
		String sql;
		Map<String, Object> params = new java.util.HashMap<>();
		if (groupId != null && groupId != 0) {
			sql = "select p.id, p.name, c.id, c.name, t.id, t.name, v.id, v.name, g.id, g.name from deputy_group g"
					+ " join venue v on v.id = g.venue_id join township t on t.id = v.township_id"
					+ " join county c on c.id = v.county_id join prefecture p on p.id = c.prefecture_id where g.id = :id";
			params.put("id", groupId);
		}
		else if (venueId != null) {
			sql = "select p.id, p.name, c.id, c.name, t.id, t.name, v.id, v.name, null, null from venue v"
					+ " join township t on t.id = v.township_id join county c on c.id = v.county_id"
					+ " join prefecture p on p.id = c.prefecture_id where v.id = :id";
			params.put("id", venueId);
		}
		else if (townshipId != null) {
			sql = "select p.id, p.name, c.id, c.name, t.id, t.name, null, null, null, null from township t"
					+ " join county c on c.id = t.county_id join prefecture p on p.id = c.prefecture_id where t.id = :id";
			params.put("id", townshipId);
		}
		else if (countyId != null) {
			sql = "select p.id, p.name, c.id, c.name, null, null, null, null, null, null from county c"
					+ " join prefecture p on p.id = c.prefecture_id where c.id = :id";
			params.put("id", countyId);
		}
		else {
			sql = "select p.id, p.name, null, null, null, null, null, null, null, null from prefecture p"
					+ " where p.id = :id";
			params.put("id", prefectureId);
		}
		List<ReportScope> found = this.jdbc.query(sql, params,
				(rs, i) -> new ReportScope(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
						(Long) rs.getObject(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8),
						(Long) rs.getObject(9), rs.getString(10)));
		if (found.isEmpty()) {
			return null;
		}
		ReportScope scope = found.get(0);
		boolean consistent = (countyId == null || countyId.equals(scope.countyId()))
				&& (townshipId == null || townshipId.equals(scope.townshipId()))
				&& (venueId == null || venueId.equals(scope.venueId()));
		return consistent ? scope : null;
	}

	/** The installation's prefecture: the first one. */
	public Long installationPrefecture() {
		Long known = this.prefecture;
		if (known == null) {
			List<Long> ids = this.jdbc.queryForList("select id from prefecture order by id limit 1", Map.of(),
					Long.class);
			known = ids.isEmpty() ? null : ids.get(0);
			this.prefecture = known;
		}
		return known;
	}

}
