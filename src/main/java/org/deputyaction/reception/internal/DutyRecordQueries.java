package org.deputyaction.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.reception.DutyRecord;
import org.deputyaction.reception.DutyRecord.Figures;
import org.deputyaction.reception.DutyRecord.ProblemLine;
import org.deputyaction.reception.DutyRecord.RatingLine;
import org.deputyaction.reception.DutyRecord.SessionLine;
import org.deputyaction.reception.DutyRecord.SuggestionLine;
import org.deputyaction.reception.SessionKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of the duty record: who, the period's figures and four lists, one statement
 * each, over the sessions' records and the closed loop's tables (problems recorded by the
 * deputy, suggestions they lead or co-signed with confirmation, ratings they gave).
 */
@Component
public class DutyRecordQueries {

	private static final String DEPUTY_SELECT = """
			select d.id, d.code, d.name, d.level, v.code as venue_code, v.name as venue_name, v.kind as venue_kind,
			       t.name as township_name, c.name as county_name, g.name as group_name, d.county_id
			from deputy d join venue v on v.id = d.venue_id join township t on t.id = v.township_id
			join county c on c.id = d.county_id left join deputy_group g on g.id = d.group_id
			""";

	/** Sessions the deputy attended and that were recorded, in the period. */
	private static final String ATTENDED = """
			select s.* from reception_session s join reception_session_deputy sd on sd.session_id = s.id
			where sd.deputy_id = :deputy and sd.attended and s.status = 'RECORDED' and s.held_on between :from and :to
			""";

	/** Problems the deputy recorded, and problems linked to sessions they attended. */
	private static final String PROBLEMS = """
			select u.id, bool_or(u.raised) as raised, bool_or(u.at_session) as at_session from (
			  select p.id, true as raised, false as at_session from problem p
			  where p.recorded_by_deputy_id = :deputy and p.found_on between :from and :to
			  union all
			  select sp.problem_id, false, true from reception_session_problem sp
			  join (""" + ATTENDED + """
			  ) a on a.id = sp.session_id
			) u group by u.id
			""";

	private final JdbcClient jdbc;

	DutyRecordQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DutyRecord.Deputy> deputy(String code) {
		return this.jdbc.sql(DEPUTY_SELECT + " where d.code = ?")
			.param(code)
			.query(DutyRecordQueries::deputy)
			.optional();
	}

	public Optional<DutyRecord.Deputy> deputy(Long id) {
		return this.jdbc.sql(DEPUTY_SELECT + " where d.id = ?").param(id).query(DutyRecordQueries::deputy).optional();
	}

	public Figures figures(Long deputyId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("with attended as (" + ATTENDED + "), problems as (" + PROBLEMS
					+ """
							)
							select
							  (select count(*) from attended where kind = 'RECEPTION_DAY') as reception_days,
							  (select count(*) from attended where kind = 'DEPUTY_ACTION') as deputy_actions,
							  (select coalesce(sum(voters_received), 0) from attended) as voters,
							  (select count(*) from problems where raised) as raised,
							  (select count(*) from problems where at_session) as at_sessions,
							  (select count(*) from problems) as problems,
							  (select count(*) from suggestion s where s.lead_deputy_id = :deputy and s.proposed_on between :from and :to) as led,
							  (select count(*) from suggestion s where s.lead_deputy_id = :deputy and s.proposed_on between :from and :to
							     and s.status = 'CLOSED') as led_closed,
							  (select count(*) from suggestion_co_signer cs join suggestion s on s.id = cs.suggestion_id
							     where cs.deputy_id = :deputy and cs.confirmed_at is not null and s.proposed_on between :from and :to) as co_signed,
							  r.given, r.satisfied, r.basically, r.unsatisfied
							from (select count(*) as given,
							             count(*) filter (where result = 'SATISFIED') as satisfied,
							             count(*) filter (where result = 'BASICALLY_SATISFIED') as basically,
							             count(*) filter (where result = 'UNSATISFIED') as unsatisfied
							      from rating where deputy_id = :deputy and rated_on between :from and :to) r
							""")
			.param("deputy", deputyId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Figures(rs.getLong("reception_days"), rs.getLong("deputy_actions"),
					rs.getLong("voters"), rs.getLong("raised"), rs.getLong("at_sessions"), rs.getLong("problems"),
					rs.getLong("led"), rs.getLong("led_closed"), rs.getLong("co_signed"), rs.getLong("given"),
					rs.getLong("satisfied"), rs.getLong("basically"), rs.getLong("unsatisfied")))
			.single();
	}

	public List<SessionLine> sessions(Long deputyId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql("select a.id, a.kind, a.held_on, a.theme, a.voters_received, v.name as venue_name,"
					+ " (select count(*) from reception_session_problem sp where sp.session_id = a.id) as problems"
					+ " from (" + ATTENDED + ") a join venue v on v.id = a.venue_id"
					+ " order by a.held_on, a.id limit :limit")
			.param("deputy", deputyId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> new SessionLine(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")),
					rs.getObject("held_on", LocalDate.class), rs.getString("venue_name"), rs.getString("theme"),
					(Integer) rs.getObject("voters_received"), rs.getLong("problems")))
			.list();
	}

	public List<ProblemLine> problems(Long deputyId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql("select p.id, p.tracking_number, p.title, p.found_on, p.status, x.raised, x.at_session" + " from ("
					+ PROBLEMS + ") x join problem p on p.id = x.id order by p.found_on, p.id limit :limit")
			.param("deputy", deputyId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> new ProblemLine(rs.getLong("id"), rs.getString("tracking_number"),
					rs.getString("title"), rs.getObject("found_on", LocalDate.class), rs.getString("status"),
					rs.getBoolean("raised"), rs.getBoolean("at_session")))
			.list();
	}

	public List<SuggestionLine> suggestions(Long deputyId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql("""
					select s.id, s.number, s.title, s.proposed_on, s.status, s.result_class, s.lead_deputy_id = :deputy as lead
					from suggestion s
					where s.proposed_on between :from and :to
					  and (s.lead_deputy_id = :deputy
					       or exists (select 1 from suggestion_co_signer cs where cs.suggestion_id = s.id
					                  and cs.deputy_id = :deputy and cs.confirmed_at is not null))
					order by s.proposed_on, s.id limit :limit
					""")
			.param("deputy", deputyId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> new SuggestionLine(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getObject("proposed_on", LocalDate.class), rs.getString("status"), rs.getBoolean("lead"),
					rs.getString("result_class")))
			.list();
	}

	public List<RatingLine> ratings(Long deputyId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				select s.number, s.title, r.rated_on, r.round_number, r.handling_work, r.result, r.on_behalf
				from rating r join suggestion s on s.id = r.suggestion_id
				where r.deputy_id = :deputy and r.rated_on between :from and :to
				order by r.rated_on, r.id limit :limit
				""")
			.param("deputy", deputyId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> new RatingLine(rs.getString("number"), rs.getString("title"),
					rs.getObject("rated_on", LocalDate.class), rs.getInt("round_number"), rs.getString("handling_work"),
					rs.getString("result"), rs.getBoolean("on_behalf")))
			.list();
	}

	private static DutyRecord.Deputy deputy(ResultSet rs, int row) throws SQLException {
		return new DutyRecord.Deputy(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				AdministrativeLevel.valueOf(rs.getString("level")), rs.getString("venue_code"),
				rs.getString("venue_name"), VenueKind.valueOf(rs.getString("venue_kind")),
				rs.getString("township_name"), rs.getString("county_name"), rs.getString("group_name"),
				rs.getLong("county_id"));
	}

}
