package org.deputyaction.publication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public figures in one statement each, summed from the reporting module's
 * precomputed counts per venue (or county) and month (`report_month`, `report_due`,
 * Flyway V87, kept by triggers on every change), so that a page costs the same at a
 * thousand items as at a million, and the public figures are the office's own: a
 * suggestion counts as rated, and as satisfied, by its latest rating, as in the reports'
 * satisfaction rate.
 */
@Service
@Transactional(readOnly = true)
public class FigureQueries {

	/** The sums over the rows of report_month {@code m}. */
	private static final String SUMS = """
			coalesce(sum(m.proposed), 0) as proposed, coalesce(sum(m.closed), 0) as closed,
			coalesce(sum(m.assigned), 0) as assigned, coalesce(sum(m.replied), 0) as replied,
			coalesce(sum(m.replied_on_time), 0) as on_time, coalesce(sum(m.rated), 0) as rated,
			coalesce(sum(m.satisfied_or_basic), 0) as satisfied
			""";

	/** The overdue suggestions from the rows of report_due {@code d}. */
	private static final String OVERDUE = "coalesce(sum(d.open), 0) as overdue";

	/**
	 * The same counts over the suggestions kept out of the public lists ({@code s}, with
	 * their measures {@code x}), taken away from the precomputed ones: few, and found by
	 * a partial index.
	 */
	private static final String HIDDEN = """
			count(s.id) as proposed, count(s.id) filter (where s.status = 'CLOSED') as closed,
			count(s.id) filter (where s.assigned_on is not null) as assigned,
			count(s.id) filter (where s.status in ('FED_BACK', 'CLOSED')) as replied,
			count(s.id) filter (where s.status in ('FED_BACK', 'CLOSED') and x.current_reply_on_time) as on_time,
			count(x.last_rating) as rated, count(s.id) filter (where x.last_rating in ('S', 'B')) as satisfied,
			count(s.id) filter (where s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on < :today) as overdue
			""";

	private static final String FIGURES = """
			m.proposed - h.proposed as proposed, m.closed - h.closed as closed,
			m.assigned - h.assigned as assigned, m.replied - h.replied as replied,
			m.on_time - h.on_time as on_time, d.overdue - h.overdue as overdue,
			m.rated - h.rated as rated, m.satisfied - h.satisfied as satisfied
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	FigureQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Figures venue(Long venueId) {
		String sql = "select v.code, v.name, " + FIGURES + " from venue v" + " cross join lateral (select " + SUMS
				+ " from report_month m" + " where m.venue_id = v.id and m.venue_id <> 0) m"
				+ " cross join lateral (select " + OVERDUE + " from report_due d"
				+ " where d.venue_id = v.id and d.venue_id <> 0 and d.due_on < :today) d"
				+ " cross join lateral (select " + HIDDEN + " from suggestion s"
				+ " left join suggestion_measure x on x.suggestion_id = s.id"
				+ " where s.venue_id = v.id and not s.public_visible) h where v.id = :id";
		return this.jdbc.queryForObject(sql, params(venueId), (rs, n) -> figures(rs));
	}

	public Figures county(Long countyId) {
		return this.jdbc.queryForObject(counties("c.id = :id"), params(countyId), (rs, n) -> figures(rs));
	}

	public Figures prefecture(Long prefectureId) {
		String ofCounties = " where c.prefecture_id = p.id and c.active";
		String sql = "select p.code, p.name, " + FIGURES + " from prefecture p" + " cross join lateral (select " + SUMS
				+ " from county c join report_month m" + " on m.county_id = c.id and m.venue_id = 0" + ofCounties
				+ ") m" + " cross join lateral (select " + OVERDUE + " from county c join report_due d"
				+ " on d.county_id = c.id and d.venue_id = 0 and d.due_on < :today" + ofCounties + ") d"
				+ " cross join lateral (select " + HIDDEN + " from county c join suggestion s"
				+ " on s.county_id = c.id and not s.public_visible"
				+ " left join suggestion_measure x on x.suggestion_id = s.id" + ofCounties + ") h where p.id = :id";
		return this.jdbc.queryForObject(sql, params(prefectureId), (rs, n) -> figures(rs));
	}

	/**
	 * The figures of each active county of the prefecture, in the order of the counties.
	 */
	public List<Figures> counties(Long prefectureId) {
		return this.jdbc.query(counties("c.prefecture_id = :id and c.active") + " order by c.id", params(prefectureId),
				(rs, n) -> figures(rs));
	}

	private static String counties(String where) {
		return "select c.code, c.name, " + FIGURES + " from county c" + " cross join lateral (select " + SUMS
				+ " from report_month m" + " where m.county_id = c.id and m.venue_id = 0) m"
				+ " cross join lateral (select " + OVERDUE + " from report_due d"
				+ " where d.county_id = c.id and d.venue_id = 0 and d.due_on < :today) d"
				+ " cross join lateral (select " + HIDDEN + " from suggestion s"
				+ " left join suggestion_measure x on x.suggestion_id = s.id"
				+ " where s.county_id = c.id and not s.public_visible) h where " + where;
	}

	private MapSqlParameterSource params(Long id) {
		return new MapSqlParameterSource("id", id).addValue("today", LocalDate.now(this.clock));
	}

	private static Figures figures(ResultSet rs) throws SQLException {
		return new Figures(rs.getString("code"), rs.getString("name"), rs.getLong("proposed"), rs.getLong("closed"),
				rs.getLong("assigned"), rs.getLong("replied"), rs.getLong("on_time"), rs.getLong("overdue"),
				rs.getLong("rated"), rs.getLong("satisfied"));
	}

}
