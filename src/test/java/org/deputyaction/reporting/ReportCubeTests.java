package org.deputyaction.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.reporting.internal.ReportSql;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed report counts (report_month, report_due; Flyway V87) are kept by
 * triggers: after every kind of change, through the services or straight in SQL, they
 * equal a recount of the suggestions and problems, and the report read from them equals
 * the report counted from the suggestions.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class ReportCubeTests {

	private static final String RECOUNT_MONTHS = """
			select f.county_id, coalesce(f.venue_id, 0) as venue_id, f.month, count(*) as proposed,
			       count(*) filter (where f.status = 'PROPOSED') as to_assign,
			       count(*) filter (where f.assigned_on is not null) as assigned,
			       count(*) filter (where f.status in ('ASSIGNED', 'SUPERVISED')) as being_handled,
			       count(*) filter (where f.replied) as replied,
			       count(*) filter (where f.replied and f.on_time) as replied_on_time,
			       count(*) filter (where f.status = 'CLOSED') as closed,
			       count(*) filter (where f.key_supervision) as key_supervision,
			       count(*) filter (where f.supervision_level = 'LEADER_LED') as leader_led,
			       count(*) filter (where f.last_rating is not null) as rated,
			       count(*) filter (where f.last_rating in ('S', 'B')) as satisfied_or_basic,
			       count(*) filter (where f.last_rating = 'S') as satisfied,
			       count(*) filter (where f.first_rating in ('S', 'B')) as first_satisfied_or_basic,
			       count(*) filter (where f.first_rating = 'S') as first_satisfied,
			       count(*) filter (where f.rehandled_rating is not null) as rehandled_rated,
			       count(*) filter (where f.rehandled_rating in ('S', 'B')) as rehandled_satisfied_or_basic,
			       count(*) filter (where f.rehandled_rating = 'S') as rehandled_satisfied,
			       count(*) filter (where f.replied and f.result_class = 'A') as class_a,
			       count(*) filter (where f.replied and f.result_class in ('A', 'B')) as class_ab,
			       coalesce(sum(f.voter_satisfied), 0) as voter_satisfied,
			       coalesce(sum(f.voter_basically), 0) as voter_basically,
			       coalesce(sum(f.voter_unsatisfied), 0) as voter_unsatisfied
			  from (select s.county_id, s.venue_id, date_trunc('month', s.proposed_on)::date as month, s.status,
			               s.assigned_on, s.key_supervision, s.supervision_level, s.result_class, s.status in ('FED_BACK', 'CLOSED') as replied,
			               coalesce(m.current_reply_on_time, false) as on_time, m.first_rating, m.last_rating,
			               m.rehandled_rating, m.voter_satisfied, m.voter_basically, m.voter_unsatisfied
			          from suggestion s left join suggestion_measure m on m.suggestion_id = s.id
			         where s.county_id = ?) f
			 group by grouping sets ((f.county_id, f.month), (f.county_id, f.venue_id, f.month))
			 order by 1, 2, 3""";

	private static final String STORED_MONTHS = """
			select county_id, venue_id, month, proposed, to_assign, assigned, being_handled, replied, replied_on_time,
			       closed, key_supervision, leader_led, rated, satisfied_or_basic, satisfied, first_satisfied_or_basic,
			       first_satisfied, rehandled_rated, rehandled_satisfied_or_basic, rehandled_satisfied, class_a, class_ab,
			       voter_satisfied, voter_basically, voter_unsatisfied
			  from report_month where county_id = ?
			   and (proposed, to_assign, assigned, being_handled, replied, replied_on_time, closed, key_supervision, leader_led, rated, satisfied_or_basic, satisfied, first_satisfied_or_basic, first_satisfied, rehandled_rated, rehandled_satisfied_or_basic, rehandled_satisfied, class_a, class_ab)
			       <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
			 order by 1, 2, 3""";

	private static final String RECOUNT_PROBLEMS = """
			select p.county_id, coalesce(p.venue_id, 0) as venue_id, date_trunc('month', p.found_on)::date as month,
			       count(*) as problems, count(*) filter (where p.status = 'PROPOSED') as problems_proposed,
			       count(*) filter (where p.status = 'RESOLVED_DIRECTLY') as problems_resolved,
			       count(*) filter (where p.status = 'MERGED') as problems_merged,
			       count(*) filter (where p.status = 'DECLINED') as problems_declined,
			       count(*) filter (where p.status = 'FOUND') as problems_found
			  from problem p where p.county_id = ? and not p.spam
			 group by grouping sets ((p.county_id, date_trunc('month', p.found_on)::date),
			                         (p.county_id, p.venue_id, date_trunc('month', p.found_on)::date))
			 order by 1, 2, 3""";

	private static final String STORED_PROBLEMS = """
			select county_id, venue_id, month, problems, problems_proposed, problems_resolved, problems_merged,
			       problems_declined, problems_found
			  from report_month where county_id = ?
			   and (problems, problems_proposed, problems_resolved, problems_merged, problems_declined, problems_found)
			       <> (0, 0, 0, 0, 0, 0) order by 1, 2, 3""";

	private static final String RECOUNT_DUE = """
			select s.county_id, coalesce(s.venue_id, 0) as venue_id, date_trunc('month', s.proposed_on)::date as month,
			       s.due_on, count(*) as open
			  from suggestion s where s.county_id = ? and s.status in ('ASSIGNED', 'SUPERVISED')
			 group by grouping sets ((s.county_id, date_trunc('month', s.proposed_on)::date, s.due_on),
			                         (s.county_id, s.venue_id, date_trunc('month', s.proposed_on)::date, s.due_on))
			 order by 1, 2, 3, 4""";

	private static final String STORED_DUE = """
			select county_id, venue_id, month, due_on, open from report_due where county_id = ? and open <> 0
			 order by 1, 2, 3, 4""";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ReportSql sql;

	@Autowired
	ReportService reports;

	ReportFixture f;

	@BeforeEach
	void createCounty() {
		this.f = new ReportFixture(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void precomputedCountsEqualARecountAfterEveryStepOfTheLoop() {
		assertStoredEqualsRecount();
		ProblemView p1 = this.f.problem(this.f.station, d(1, 5));
		ProblemView p2 = this.f.problem(this.f.otherStation, d(2, 3));
		ProblemView p3 = this.f.problem(this.f.otherStation, d(2, 4));
		ProblemView p4 = this.f.problem(this.f.otherStation, d(2, 5));
		this.f.on(d(2, 10));
		this.f.resolve(p2);
		this.f.merge(p3, p4);
		SuggestionDetail s1 = this.f.propose(this.f.deputy, d(1, 10), this.f.category, AdministrativeLevel.COUNTY,
				List.of(p1.id()));
		assertStoredEqualsRecount();
		s1 = this.f.assign(s1, this.f.unit, d(1, 15), d(4, 15));
		assertStoredEqualsRecount();
		s1 = this.f.reply(s1, ResultClass.C, d(3, 1));
		s1 = this.f.rate(s1, Satisfaction.SATISFIED, Satisfaction.UNSATISFIED, d(3, 5));
		assertStoredEqualsRecount();
		s1 = this.f.reply(s1, ResultClass.A, d(4, 1));
		this.f.rate(s1, Satisfaction.SATISFIED, Satisfaction.SATISFIED, d(4, 5));
		SuggestionDetail s2 = this.f.propose(this.f.groupDeputy, d(2, 1));
		s2 = this.f.assign(s2, this.f.otherUnit, d(2, 2), d(5, 2));
		s2 = this.f.extend(s2, d(6, 1), d(4, 20));
		this.f.keySupervision(s2);
		this.f.propose(this.f.otherDeputy, d(3, 31));
		assertStoredEqualsRecount();
	}

	@Test
	void precomputedCountsFollowChangesWrittenStraightInSql() {
		ProblemView p1 = this.f.problem(this.f.station, d(1, 5));
		SuggestionDetail s1 = this.f.propose(this.f.deputy, d(1, 10));
		s1 = this.f.assign(s1, this.f.unit, d(1, 15), d(4, 15));
		s1 = this.f.reply(s1, ResultClass.B, d(3, 1));
		this.f.rate(s1, Satisfaction.SATISFIED, Satisfaction.SATISFIED, d(3, 5));
		SuggestionDetail s2 = this.f.propose(this.f.deputy, d(2, 10));
		s2 = this.f.assign(s2, this.f.unit, d(2, 15), d(5, 15));
		assertStoredEqualsRecount();
		// a repair moves the day proposed into another month, and the venue
		this.jdbc.update("update suggestion set proposed_on = date '2025-05-20', venue_id = ? where id = ?",
				this.f.otherStation.getId(), s2.id());
		assertStoredEqualsRecount();
		this.jdbc.update("update suggestion set due_on = due_on + 30, key_supervision = true,"
				+ " supervision_level = 'LEADER_LED' where id = ?", s2.id());
		assertStoredEqualsRecount();
		this.jdbc.update("update suggestion_measure set last_rating = 'U', current_reply_on_time = false"
				+ " where suggestion_id = ?", s1.id());
		assertStoredEqualsRecount();
		this.jdbc.update("update problem set found_on = date '2025-03-03', status = 'DECLINED',"
				+ " outcome_reason = 'repair' where id = ?", p1.id());
		assertStoredEqualsRecount();
		this.jdbc.update("delete from rating where suggestion_id = ?", s1.id());
		assertStoredEqualsRecount();
		// voters' on-site ratings and an online problem marked as spam, then taken back
		this.jdbc.update("update suggestion_measure set voter_satisfied = 4, voter_basically = 2,"
				+ " voter_unsatisfied = 1 where suggestion_id = ?", s1.id());
		assertStoredEqualsRecount();
		this.jdbc.update("update problem set source = 'ONLINE', spam = true where id = ?", p1.id());
		assertStoredEqualsRecount();
		this.jdbc.update("update problem set spam = false where id = ?", p1.id());
		assertStoredEqualsRecount();
	}

	@Test
	void reportFromPrecomputedCountsEqualsReportCountedFromSuggestions() {
		SuggestionDetail s1 = this.f.propose(this.f.deputy, d(1, 10));
		s1 = this.f.assign(s1, this.f.unit, d(1, 15), d(7, 5));
		SuggestionDetail s2 = this.f.propose(this.f.groupDeputy, d(2, 1));
		s2 = this.f.assign(s2, this.f.otherUnit, d(2, 2), d(6, 1));
		s2 = this.f.reply(s2, ResultClass.A, d(5, 20));
		this.f.rate(s2, Satisfaction.BASICALLY_SATISFIED, Satisfaction.SATISFIED, d(5, 25));
		this.f.propose(this.f.otherDeputy, d(3, 31));
		this.f.problem(this.f.otherStation, d(2, 4));
		LocalDate today = d(6, 30);
		LocalDate nearDue = today.plusDays(15);
		ReportPeriod year = ReportPeriod.year(2025);
		ReportScope county = this.sql.resolve(null, this.f.county.getId(), null, null, null);
		ReportScope township = this.sql.resolve(null, null, this.f.township.getId(), null, null);
		ReportScope station = this.sql.resolve(null, null, null, this.f.station.getId(), null);
		for (ReportScope scope : List.of(county, township, station)) {
			for (ReportDimension by : List.of(ReportDimension.COUNTY, ReportDimension.TOWNSHIP, ReportDimension.VENUE,
					ReportDimension.MONTH)) {
				ReportRequest request = ReportRequest.of(year).by(by);
				assertThat(ReportSql.cubeServes(request, scope)).isTrue();
				Map<String, Map<ReportBucket, Long>> stored = this.sql.aggregate(request, scope, by, today, nearDue);
				Map<String, Map<ReportBucket, Long>> counted = this.sql.aggregateFromSuggestions(request, scope, by,
						today, nearDue);
				assertThat(withoutEmptyRows(stored)).as(scope + " by " + by).isEqualTo(withoutEmptyRows(counted));
			}
		}
		assertThat(this.sql.aggregate(ReportRequest.of(year), county, ReportDimension.TOWNSHIP, today, nearDue)
			.get(null)
			.get(ReportBucket.PROPOSED)).isEqualTo(3);
	}

	private static Map<String, Map<ReportBucket, Long>> withoutEmptyRows(Map<String, Map<ReportBucket, Long>> rows) {
		Map<String, Map<ReportBucket, Long>> result = new java.util.HashMap<>();
		rows.forEach((key, counts) -> {
			if (key == null || counts.values().stream().anyMatch((n) -> n != 0)) {
				result.put(key, counts);
			}
		});
		return result;
	}

	private void assertStoredEqualsRecount() {
		Long county = this.f.county.getId();
		assertThat(this.jdbc.queryForList(STORED_MONTHS, county))
			.isEqualTo(this.jdbc.queryForList(RECOUNT_MONTHS, county));
		assertThat(this.jdbc.queryForList(STORED_PROBLEMS, county))
			.isEqualTo(this.jdbc.queryForList(RECOUNT_PROBLEMS, county));
		assertThat(this.jdbc.queryForList(STORED_DUE, county)).isEqualTo(this.jdbc.queryForList(RECOUNT_DUE, county));
	}

	private static LocalDate d(int month, int day) {
		return LocalDate.of(2025, month, day);
	}

}
