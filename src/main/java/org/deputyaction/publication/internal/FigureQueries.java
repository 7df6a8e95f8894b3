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
 * The public figures in one statement each, over the public items of the loop's tables.
 */
@Service
@Transactional(readOnly = true)
public class FigureQueries {

	private static final String COUNTS = """
			count(s.id) as proposed,
			count(s.id) filter (where s.status = 'CLOSED') as closed,
			count(s.id) filter (where s.assigned_on is not null) as assigned,
			count(s.id) filter (where s.status in ('FED_BACK', 'CLOSED')) as replied,
			count(s.id) filter (where s.status in ('FED_BACK', 'CLOSED') and r.on_time) as on_time,
			count(s.id) filter (where s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on < :today) as overdue,
			coalesce(sum(rt.rated), 0) as rated, coalesce(sum(rt.satisfied), 0) as satisfied
			""";

	private static final String JOINS = """
			left join lateral (select r.on_time from reply r where r.suggestion_id = s.id
			                   order by r.replied_on desc, r.id desc limit 1) r on true
			left join lateral (select count(*) as rated,
			                          count(*) filter (where x.handling_work <> 'UNSATISFIED'
			                                           and x.result <> 'UNSATISFIED') as satisfied
			                   from rating x where x.suggestion_id = s.id) rt on true
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	FigureQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Figures venue(Long venueId) {
		String sql = "select v.code, v.name, " + COUNTS + " from venue v"
				+ " left join suggestion s on s.venue_id = v.id and s.public_visible " + JOINS
				+ " where v.id = :id group by v.id, v.code, v.name";
		return this.jdbc.queryForObject(sql, params(venueId), (rs, n) -> figures(rs));
	}

	public Figures county(Long countyId) {
		String sql = "select c.code, c.name, " + COUNTS + " from county c"
				+ " left join suggestion s on s.county_id = c.id and s.public_visible " + JOINS
				+ " where c.id = :id group by c.id, c.code, c.name";
		return this.jdbc.queryForObject(sql, params(countyId), (rs, n) -> figures(rs));
	}

	public Figures prefecture(Long prefectureId) {
		String sql = "select p.code, p.name, " + COUNTS + " from prefecture p"
				+ " left join county c on c.prefecture_id = p.id and c.active"
				+ " left join suggestion s on s.county_id = c.id and s.public_visible " + JOINS
				+ " where p.id = :id group by p.id, p.code, p.name";
		return this.jdbc.queryForObject(sql, params(prefectureId), (rs, n) -> figures(rs));
	}

	/**
	 * The figures of each active county of the prefecture, in the order of the counties.
	 */
	public List<Figures> counties(Long prefectureId) {
		String sql = "select c.code, c.name, " + COUNTS + " from county c"
				+ " left join suggestion s on s.county_id = c.id and s.public_visible " + JOINS
				+ " where c.prefecture_id = :id and c.active group by c.id, c.code, c.name order by c.id";
		return this.jdbc.query(sql, params(prefectureId), (rs, n) -> figures(rs));
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
