package org.deputyaction.publication.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.DeadlineState;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three lists over the loop's tables: one statement per page (rows and the total
 * together), plus the loop's settings for near-due and overdue. Only columns meant for
 * the public are read: never a voter's name or contact.
 */
@Service
@Transactional(readOnly = true)
public class ListQueries {

	/** Rows of one page of a live list. */
	public static final int PAGE_SIZE = 20;

	/** The most rows a posting or an export holds. */
	public static final int MAX_ROWS = 5000;

	private static final String FROM = """
			from suggestion s
			join venue v on v.id = s.venue_id
			join suggestion_category cat on cat.id = s.category_id
			""";

	/**
	 * The joins of a page's rows, after {@link #paged}: the page's ids (and the total)
	 * are chosen first from the filter columns alone, and only those rows are then joined
	 * to co-signers, units, replies and ratings, so that a venue with thousands of items
	 * does not join them all to show twenty.
	 */
	private static final String PAGE_FROM = """
			from pg
			join suggestion s on s.id = pg.id
			join venue v on v.id = s.venue_id
			join suggestion_category cat on cat.id = s.category_id
			""";

	private static final String OPEN = "s.status in ('ASSIGNED', 'SUPERVISED')";

	private final NamedParameterJdbcTemplate jdbc;

	private final LoopSettingsService settings;

	private final Clock clock;

	ListQueries(NamedParameterJdbcTemplate jdbc, LoopSettingsService settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public ListPage<SuggestionItem> suggestions(ListScope scope, ListFilter filter) {
		return suggestions(scope, filter, PAGE_SIZE);
	}

	public ListPage<SuggestionItem> suggestions(ListScope scope, ListFilter filter, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> where = where(scope, filter, "s.proposed_on", params);
		String order = " order by s.proposed_on desc, s.id desc";
		String sql = paged(where, order, filter, size, params)
				+ """
						select s.number, s.title, left(s.content, 300) as summary, pr.source, pr.found_on, s.proposed_on,
						       v.name as venue_name, d.name as lead_deputy,
						       array(select d2.name from suggestion_co_signer cs join deputy d2 on d2.id = cs.deputy_id
						             where cs.suggestion_id = s.id and cs.confirmed_at is not null order by cs.id) as co_signers,
						       cat.name as category_name, s.level, s.status, s.public_visible, pg.total
						"""
				+ PAGE_FROM + """
						join deputy d on d.id = s.lead_deputy_id
						left join lateral (select p.source, p.found_on from problem p where p.suggestion_id = s.id
						                   order by p.found_on, p.id limit 1) pr on true
						""" + order;
		List<Long> total = new ArrayList<>();
		List<SuggestionItem> rows = this.jdbc.query(sql, params, (rs, n) -> {
			total(rs, total);
			String source = rs.getString("source");
			return new SuggestionItem(rs.getString("number"), rs.getString("title"), rs.getString("summary"),
					(source != null) ? ProblemSource.valueOf(source) : null, date(rs, "found_on"),
					date(rs, "proposed_on"), rs.getString("venue_name"), rs.getString("lead_deputy"),
					strings(rs.getArray("co_signers")), rs.getString("category_name"),
					AdministrativeLevel.valueOf(rs.getString("level")), LoopStatus.valueOf(rs.getString("status")),
					rs.getBoolean("public_visible"));
		});
		return new ListPage<>(rows, filter.pageNumber(), size, total.isEmpty() ? 0 : total.get(0));
	}

	public ListPage<AssignmentItem> assignments(ListScope scope, ListFilter filter) {
		return assignments(scope, filter, PAGE_SIZE);
	}

	public ListPage<AssignmentItem> assignments(ListScope scope, ListFilter filter, int size) {
		LoopDeadlines deadlines = this.settings.deadlines();
		LocalDate today = today();
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> where = where(scope, filter, "s.assigned_on", params);
		where.add("s.assigned_on is not null");
		if (filter.deadline() == DeadlineState.OVERDUE) {
			where.add(OPEN + " and s.due_on < :today");
			params.addValue("today", today);
		}
		else if (filter.deadline() == DeadlineState.NEAR_DUE) {
			where.add(OPEN + " and s.due_on >= :today and s.due_on <= :nearLimit");
			params.addValue("today", today).addValue("nearLimit", deadlines.nearDueLimit(today));
		}
		else if (filter.deadline() == DeadlineState.ON_TRACK) {
			where.add(OPEN + " and s.due_on > :nearLimit");
			params.addValue("nearLimit", deadlines.nearDueLimit(today));
		}
		String order = " order by s.assigned_on desc, s.id desc";
		String sql = paged(where, order, filter, size, params) + """
				select s.number, s.title, v.name as venue_name, s.level, u.name as lead_unit,
				       array(select u2.name from unit_assignment ua join handling_unit u2 on u2.id = ua.unit_id
				             where ua.suggestion_id = s.id and ua.role = 'ASSISTING' and ua.status <> 'REROUTED'
				             order by ua.id) as assisting_units,
				       s.assigned_on, s.due_on, s.key_supervision_leader, s.key_supervision, s.status,
				       s.public_visible, pg.total
				""" + PAGE_FROM + """
				left join handling_unit u on u.id = s.lead_unit_id
				""" + order;
		List<Long> total = new ArrayList<>();
		List<AssignmentItem> rows = this.jdbc.query(sql, params, (rs, n) -> {
			total(rs, total);
			LoopStatus status = LoopStatus.valueOf(rs.getString("status"));
			LocalDate dueOn = date(rs, "due_on");
			DeadlineState deadline = (status.isBeingHandled() && dueOn != null) ? deadlines.state(dueOn, today) : null;
			return new AssignmentItem(rs.getString("number"), rs.getString("title"), rs.getString("venue_name"),
					AdministrativeLevel.valueOf(rs.getString("level")), rs.getString("lead_unit"),
					strings(rs.getArray("assisting_units")), date(rs, "assigned_on"), dueOn,
					rs.getString("key_supervision_leader"), rs.getBoolean("key_supervision"), status, deadline,
					rs.getBoolean("public_visible"));
		});
		return new ListPage<>(rows, filter.pageNumber(), size, total.isEmpty() ? 0 : total.get(0));
	}

	public ListPage<ResultItem> results(ListScope scope, ListFilter filter) {
		return results(scope, filter, PAGE_SIZE);
	}

	public ListPage<ResultItem> results(ListScope scope, ListFilter filter, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> where = where(scope, filter, "s.replied_on", params);
		where.add("s.replied_on is not null");
		String order = " order by s.replied_on desc, s.id desc";
		String sql = paged(where, order, filter, size, params) + """
				select s.number, s.title, v.name as venue_name, coalesce(ru.name, u.name) as unit, r.measures,
				       s.result_class, s.replied_on, r.on_time, rt.handling_work, rt.result, s.status, s.closed_on,
				       (select max(po.posted_on) from posting_row pr join posting po on po.id = pr.posting_id
				        where pr.suggestion_id = s.id and pr.list = 'RESULTS') as posted_on,
				       s.public_visible, vr.satisfied as voter_satisfied, vr.basically as voter_basically,
				       vr.unsatisfied as voter_unsatisfied, pg.total
				""" + PAGE_FROM + """
				left join handling_unit u on u.id = s.lead_unit_id
				left join lateral (select count(*) filter (where o.satisfaction = 'SATISFIED') as satisfied,
				                          count(*) filter (where o.satisfaction = 'BASICALLY_SATISFIED') as basically,
				                          count(*) filter (where o.satisfaction = 'UNSATISFIED') as unsatisfied
				                     from onsite_rating o where o.suggestion_id = s.id) vr on true
				left join lateral (select r.id, r.measures, r.on_time, r.unit_id from reply r
				                   where r.suggestion_id = s.id order by r.replied_on desc, r.id desc limit 1) r on true
				left join handling_unit ru on ru.id = r.unit_id
				left join rating rt on rt.reply_id = r.id
				""" + order;
		List<Long> total = new ArrayList<>();
		List<ResultItem> rows = this.jdbc.query(sql, params, (rs, n) -> {
			total(rs, total);
			String resultClass = rs.getString("result_class");
			Object onTime = rs.getObject("on_time");
			return new ResultItem(rs.getString("number"), rs.getString("title"), rs.getString("venue_name"),
					rs.getString("unit"), rs.getString("measures"),
					(resultClass != null) ? ResultClass.valueOf(resultClass) : null, date(rs, "replied_on"),
					(onTime != null) ? (Boolean) onTime : null, satisfaction(rs.getString("handling_work")),
					satisfaction(rs.getString("result")), LoopStatus.valueOf(rs.getString("status")),
					date(rs, "closed_on"), date(rs, "posted_on"), rs.getBoolean("public_visible"),
					VoterTally.of(rs.getLong("voter_satisfied"), rs.getLong("voter_basically"),
							rs.getLong("voter_unsatisfied")));
		});
		return new ListPage<>(rows, filter.pageNumber(), size, total.isEmpty() ? 0 : total.get(0));
	}

	private static List<String> where(ListScope scope, ListFilter filter, String dateColumn,
			MapSqlParameterSource params) {
		List<String> where = new ArrayList<>();
		switch (scope.kind()) {
			case VENUE -> where.add("s.venue_id = :scopeId");
			case COUNTY -> where.add("s.county_id = :scopeId");
			case PREFECTURE -> where.add("s.county_id in (select c.id from county c where c.prefecture_id = :scopeId)");
		}
		params.addValue("scopeId", scope.id());
		if (!scope.includeNonPublic()) {
			where.add("s.public_visible");
		}
		if (filter.status() != null) {
			where.add("s.status = :status");
			params.addValue("status", filter.status().name());
		}
		if (filter.category() != null) {
			where.add("(cat.id = :category or cat.parent_id = :category)");
			params.addValue("category", filter.category());
		}
		Period.parse(filter.period()).ifPresent((period) -> {
			where.add(dateColumn + " between :from and :to");
			params.addValue("from", period.from()).addValue("to", period.to());
		});
		return where;
	}

	/** The page's ids and the total, chosen from the filter columns alone. */
	private static String paged(List<String> where, String order, ListFilter filter, int size,
			MapSqlParameterSource params) {
		return "with pg as (select s.id, count(*) over () as total " + FROM + " where " + String.join(" and ", where)
				+ order + page(filter, size, params) + ")\n";
	}

	private static String page(ListFilter filter, int size, MapSqlParameterSource params) {
		params.addValue("limit", size).addValue("offset", (long) (filter.pageNumber() - 1) * size);
		return " limit :limit offset :offset";
	}

	private static void total(ResultSet rs, List<Long> total) throws SQLException {
		if (total.isEmpty()) {
			total.add(rs.getLong("total"));
		}
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.asList((String[]) array.getArray());
	}

	private static Satisfaction satisfaction(String value) {
		return (value != null) ? Satisfaction.valueOf(value) : null;
	}

}
