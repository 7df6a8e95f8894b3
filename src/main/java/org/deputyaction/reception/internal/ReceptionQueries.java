package org.deputyaction.reception.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.reception.ReceptionViews.Announcement;
import org.deputyaction.reception.ReceptionViews.DeputyChoice;
import org.deputyaction.reception.ReceptionViews.PhotoView;
import org.deputyaction.reception.ReceptionViews.ProblemLink;
import org.deputyaction.reception.ReceptionViews.SessionDeputyView;
import org.deputyaction.reception.ReceptionViews.SessionRow;
import org.deputyaction.reception.ReceptionViews.VenueRef;
import org.deputyaction.reception.SessionKind;
import org.deputyaction.reception.SessionState;
import org.deputyaction.reception.SessionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of the reception pages, each one statement shaped for its page part.
 */
@Component
public class ReceptionQueries {

	private static final String VENUE_SELECT = """
			select v.id, v.code, v.name, v.kind, c.id as county_id, c.code as county_code, c.name as county_name,
			       t.name as township_name
			from venue v join county c on c.id = v.county_id join township t on t.id = v.township_id
			""";

	private final JdbcClient jdbc;

	ReceptionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<VenueRef> venue(Long id) {
		return this.jdbc.sql(VENUE_SELECT + " where v.id = ?").param(id).query(ReceptionQueries::venue).optional();
	}

	public Optional<VenueRef> venue(String code) {
		return this.jdbc.sql(VENUE_SELECT + " where v.code = ?").param(code).query(ReceptionQueries::venue).optional();
	}

	public Optional<Long> countyId(String code) {
		return this.jdbc.sql("select id from county where code = ?").param(code).query(Long.class).optional();
	}

	/** The county's active venues, for choosing one: one statement. */
	public List<VenueRef> venuesOfCounty(Long countyId) {
		return this.jdbc.sql(VENUE_SELECT + " where v.county_id = ? and v.active order by t.name, v.kind, v.name")
			.param(countyId)
			.query(ReceptionQueries::venue)
			.list();
	}

	/**
	 * Deputies who serve the venue: registered there or in a group that serves it.
	 */
	public List<DeputyChoice> deputiesOf(Long venueId) {
		return this.jdbc.sql("""
				select d.id, d.code, d.name, d.level from deputy d left join deputy_group g on g.id = d.group_id
				where d.active and (d.venue_id = :venue or g.venue_id = :venue) order by d.id
				""")
			.param("venue", venueId)
			.query((rs, row) -> new DeputyChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					AdministrativeLevel.valueOf(rs.getString("level"))))
			.list();
	}

	public List<SessionDeputyView> sessionDeputies(Long sessionId) {
		return this.jdbc.sql("""
				select d.id, d.code, d.name, d.level, sd.on_duty, sd.attended
				from reception_session_deputy sd join deputy d on d.id = sd.deputy_id
				where sd.session_id = ? order by d.id
				""")
			.param(sessionId)
			.query((rs, row) -> new SessionDeputyView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					AdministrativeLevel.valueOf(rs.getString("level")), rs.getBoolean("on_duty"),
					rs.getBoolean("attended")))
			.list();
	}

	public List<ProblemLink> sessionProblems(Long sessionId) {
		return this.jdbc.sql("""
				select p.id, p.tracking_number, p.title, p.status, p.found_on, p.source
				from reception_session_problem sp join problem p on p.id = sp.problem_id
				where sp.session_id = ? order by p.found_on, p.id
				""").param(sessionId).query(ReceptionQueries::problem).list();
	}

	/**
	 * The venue's latest problems not yet linked to the session, for linking.
	 */
	public List<ProblemLink> linkableProblems(Long sessionId, Long venueId, int limit) {
		return this.jdbc.sql("""
				select p.id, p.tracking_number, p.title, p.status, p.found_on, p.source from problem p
				where p.venue_id = :venue
				  and not exists (select 1 from reception_session_problem sp
				                  where sp.session_id = :session and sp.problem_id = p.id)
				order by p.id desc limit :limit
				""")
			.param("venue", venueId)
			.param("session", sessionId)
			.param("limit", limit)
			.query(ReceptionQueries::problem)
			.list();
	}

	public Optional<Long> problemVenue(Long problemId) {
		return this.jdbc.sql("select venue_id from problem where id = ?").param(problemId).query(Long.class).optional();
	}

	public List<PhotoView> photos(Long sessionId) {
		return this.jdbc
			.sql("select id, file_name, content_type, size_bytes from reception_photo where session_id = ? order by id")
			.param(sessionId)
			.query((rs, row) -> new PhotoView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
					rs.getLong("size_bytes")))
			.list();
	}

	/**
	 * One page of sessions in the given scope (county and/or venue ids; none for the
	 * whole installation), with the total and the overdue count of the scope.
	 */
	public Page page(Long countyId, Long venueId, SessionKind kind, SessionState state, LocalDate from, LocalDate to,
			LocalDate today, int page, int size) {
		StringBuilder scope = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", today);
		if (countyId != null) {
			scope.append(" and s.county_id = :county");
			params.put("county", countyId);
		}
		if (venueId != null) {
			scope.append(" and s.venue_id = :venue");
			params.put("venue", venueId);
		}
		StringBuilder filter = new StringBuilder(" true");
		if (kind != null) {
			filter.append(" and s.kind = :kind");
			params.put("kind", kind.name());
		}
		if (from != null) {
			filter.append(" and s.held_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			filter.append(" and s.held_on <= :to");
			params.put("to", to);
		}
		if (state != null) {
			filter.append(switch (state) {
				case UPCOMING -> " and s.status = 'SCHEDULED' and s.held_on >= :today";
				case OVERDUE -> " and s.status = 'SCHEDULED' and s.held_on < :today";
				case RECORDED -> " and s.status = 'RECORDED'";
				case CANCELLED -> " and s.status = 'CANCELLED'";
			});
		}
		Object[] counts = this.jdbc
			.sql("select count(*) filter (where" + filter + ") as total,"
					+ " count(*) filter (where s.status = 'SCHEDULED' and s.held_on < :today) as overdue"
					+ " from reception_session s" + scope)
			.params(params)
			.query((rs, row) -> new Object[] { rs.getLong("total"), rs.getLong("overdue") })
			.single();
		String order = (state == SessionState.UPCOMING) ? " order by s.held_on, s.starts_minute, s.id"
				: " order by s.held_on desc, s.id desc";
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("limit", size);
		pageParams.put("offset", (long) page * size);
		List<SessionRow> rows = this.jdbc
			.sql("""
					select s.id, s.kind, s.held_on, s.starts_minute, s.ends_minute, s.place, s.theme, s.status, s.voters_received,
					       v.code as venue_code, v.name as venue_name, c.name as county_name,
					       (select count(*) from reception_session_deputy d where d.session_id = s.id and d.on_duty) as on_duty,
					       (select count(*) from reception_session_deputy d where d.session_id = s.id and d.attended) as attended,
					       (select count(*) from reception_session_problem p where p.session_id = s.id) as problems
					from reception_session s join venue v on v.id = s.venue_id join county c on c.id = s.county_id
					"""
					+ scope + " and" + filter + order + " limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> {
				SessionStatus status = SessionStatus.valueOf(rs.getString("status"));
				LocalDate heldOn = rs.getObject("held_on", LocalDate.class);
				return new SessionRow(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")), heldOn,
						ReceptionSession.time(rs.getInt("starts_minute")),
						ReceptionSession.time(rs.getInt("ends_minute")), rs.getString("place"), rs.getString("theme"),
						status, SessionState.of(status, heldOn, today), (Integer) rs.getObject("voters_received"),
						rs.getString("venue_code"), rs.getString("venue_name"), rs.getString("county_name"),
						rs.getInt("on_duty"), rs.getInt("attended"), rs.getInt("problems"));
			})
			.list();
		return new Page(rows, (Long) counts[0], (Long) counts[1]);
	}

	/**
	 * The venue's next scheduled sessions from today, with the names of the deputies on
	 * duty: one statement.
	 */
	public List<Announcement> upcoming(Long venueId, LocalDate today, int limit) {
		return this.jdbc.sql("""
				select s.id, s.kind, s.held_on, s.starts_minute, s.ends_minute, s.place, s.theme,
				       (select array_agg(d.name order by d.id) from reception_session_deputy sd
				        join deputy d on d.id = sd.deputy_id where sd.session_id = s.id and sd.on_duty) as deputies
				from reception_session s
				where s.venue_id = :venue and s.status = 'SCHEDULED' and s.held_on >= :today
				order by s.held_on, s.starts_minute, s.id limit :limit
				""")
			.param("venue", venueId)
			.param("today", today)
			.param("limit", limit)
			.query((rs, row) -> new Announcement(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")),
					rs.getObject("held_on", LocalDate.class), ReceptionSession.time(rs.getInt("starts_minute")),
					ReceptionSession.time(rs.getInt("ends_minute")), rs.getString("place"), rs.getString("theme"),
					strings(rs.getArray("deputies"))))
			.list();
	}

	/** The venue's id by its code and kind, if active. */
	public Optional<Long> activeVenueId(String code, VenueKind kind) {
		return this.jdbc.sql("select id from venue where code = ? and kind = ? and active")
			.params(code, kind.name())
			.query(Long.class)
			.optional();
	}

	static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		List<String> result = new ArrayList<>(values.length);
		Arrays.stream(values).forEach((value) -> result.add((String) value));
		return result;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static VenueRef venue(ResultSet rs, int row) throws SQLException {
		return new VenueRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				VenueKind.valueOf(rs.getString("kind")), rs.getLong("county_id"), rs.getString("county_code"),
				rs.getString("county_name"), rs.getString("township_name"));
	}

	private static ProblemLink problem(ResultSet rs, int row) throws SQLException {
		return new ProblemLink(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("title"),
				rs.getString("status"), rs.getObject("found_on", LocalDate.class), rs.getString("source"));
	}

	/** A page of rows with the totals of its scope. */
	public record Page(List<SessionRow> rows, long total, long overdue) {

	}

}
