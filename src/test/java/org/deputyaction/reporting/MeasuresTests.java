package org.deputyaction.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.deputyaction.reporting.ReportBucket.*;

/**
 * Every measure over hand-built items with known answers: eight suggestions and six
 * problems of one county, made through the loop's services at known dates, including a
 * re-handled item, an extended deadline, zero denominators and items on both sides of a
 * period's edges. The figures stand at 30 June 2025.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasuresTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportService reports;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ReportFixture f;

	@BeforeAll
	void buildItems() {
		this.f = new ReportFixture(this.context);
		try {
			build();
		}
		finally {
			this.clock.reset();
		}
	}

	private void build() {
		ProblemView p1 = this.f.problem(this.f.station, d(1, 5));
		ProblemView p2 = this.f.problem(this.f.station, d(2, 1));
		ProblemView p3 = this.f.problem(this.f.otherStation, d(3, 1));
		ProblemView p4 = this.f.problem(this.f.otherStation, d(3, 2));
		ProblemView p5 = this.f.problem(this.f.otherStation, d(3, 3));
		this.f.problem(this.f.station, LocalDate.of(2024, 12, 30));
		this.f.on(d(3, 5));
		this.f.resolve(p2);
		this.f.decline(p3);
		this.f.merge(p4, p5);

		// s1: closed in the first round, class A, on time, 满意.
		SuggestionDetail s1 = this.f.propose(this.f.deputy, d(1, 10), this.f.category, AdministrativeLevel.COUNTY,
				List.of(p1.id()));
		s1 = this.f.assign(s1, this.f.unit, d(1, 15), d(4, 15));
		s1 = this.f.reply(s1, ResultClass.A, d(3, 1));
		this.f.rate(s1, Satisfaction.SATISFIED, Satisfaction.SATISFIED, d(3, 5));

		// s2: replied after the first due date but within the extended one, class B,
		// 基本满意.
		SuggestionDetail s2 = this.f.propose(this.f.groupDeputy, d(2, 1), this.f.otherCategory,
				AdministrativeLevel.TOWNSHIP, List.of());
		s2 = this.f.assign(s2, this.f.otherUnit, d(2, 2), d(5, 2));
		s2 = this.f.extend(s2, d(6, 1), d(4, 20));
		s2 = this.f.reply(s2, ResultClass.B, d(5, 20));
		this.f.rate(s2, Satisfaction.BASICALLY_SATISFIED, Satisfaction.SATISFIED, d(5, 25));

		// s3: proposed on the last day of the first quarter; 不满意 in round one,
		// re-handled,
		// replied late in round two with class A, then 满意.
		SuggestionDetail s3 = this.f.propose(this.f.deputy, d(3, 31));
		s3 = this.f.assign(s3, this.f.unit, d(4, 1), d(5, 1));
		s3 = this.f.reply(s3, ResultClass.C, d(4, 20));
		s3 = this.f.rate(s3, Satisfaction.SATISFIED, Satisfaction.UNSATISFIED, d(4, 25));
		s3 = this.f.reply(s3, ResultClass.A, d(6, 1));
		this.f.rate(s3, Satisfaction.SATISFIED, Satisfaction.SATISFIED, d(6, 5));

		// s4: proposed on the first day of the second quarter, overdue today.
		SuggestionDetail s4 = this.f.propose(this.f.otherDeputy, d(4, 1));
		this.f.assign(s4, this.f.unit, d(4, 2), d(6, 20));

		// s5: proposed on the last day of 2024, never assigned.
		this.f.propose(this.f.deputy, LocalDate.of(2024, 12, 31));

		// s6: waiting for assignment.
		this.f.propose(this.f.deputy, d(1, 20));

		// s7: due within the near-due days today, under key supervision.
		SuggestionDetail s7 = this.f.propose(this.f.deputy, d(2, 10));
		s7 = this.f.assign(s7, this.f.otherUnit, d(2, 10), d(7, 10));
		this.f.on(d(2, 11));
		this.f.keySupervision(s7);

		// s8: replied with class D, not yet rated.
		SuggestionDetail s8 = this.f.propose(this.f.groupDeputy, d(3, 1));
		s8 = this.f.assign(s8, this.f.otherUnit, d(3, 2), d(6, 2));
		this.f.reply(s8, ResultClass.D, d(3, 20));
	}

	private static LocalDate d(int month, int day) {
		return LocalDate.of(2025, month, day);
	}

	private ReportTable table(ReportRequest request) {
		this.clock.setToday(TODAY);
		try {
			return this.reports.table(request, this.f.office);
		}
		finally {
			this.clock.reset();
		}
	}

	private ReportRequest county(ReportPeriod period) {
		return ReportRequest.of(period).inCounty(this.f.county.getId());
	}

	@AfterAll
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void firstQuarterCountsEveryBucketWithTheEdgesInside() {
		Measures m = table(county(ReportPeriod.quarter(2025, 1))).total().measures();
		assertThat(counts(m)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(PROPOSED, 6L),
				Map.entry(TO_ASSIGN, 1L), Map.entry(ASSIGNED, 5L), Map.entry(BEING_HANDLED, 1L), Map.entry(REPLIED, 4L),
				Map.entry(REPLIED_ON_TIME, 3L), Map.entry(CLOSED, 3L), Map.entry(OVERDUE, 0L), Map.entry(NEAR_DUE, 1L),
				Map.entry(KEY_SUPERVISION, 1L), Map.entry(ReportBucket.LEADER_LED, 0L), Map.entry(RATED, 3L),
				Map.entry(SATISFIED_OR_BASIC, 3L), Map.entry(SATISFIED, 2L), Map.entry(FIRST_SATISFIED_OR_BASIC, 2L),
				Map.entry(FIRST_SATISFIED, 1L), Map.entry(REHANDLED_RATED, 1L),
				Map.entry(REHANDLED_SATISFIED_OR_BASIC, 1L), Map.entry(REHANDLED_SATISFIED, 1L), Map.entry(CLASS_A, 2L),
				Map.entry(CLASS_AB, 3L)));
	}

	@Test
	void firstQuarterRatesKeepTheirCounts() {
		Measures m = table(county(ReportPeriod.quarter(2025, 1))).total().measures();
		assertThat(m.closureRate()).isEqualTo(new Rate(3, 6));
		assertThat(m.closureRate().text()).isEqualTo("50.0%");
		assertThat(m.replyRate().text()).isEqualTo("80.0%");
		assertThat(m.onTimeReplyRate()).isEqualTo(new Rate(3, 5));
		assertThat(m.satisfactionRate().text()).isEqualTo("100.0%");
		assertThat(m.satisfiedRate().text()).isEqualTo("66.7%");
		assertThat(m.firstRoundSatisfactionRate().text()).isEqualTo("66.7%");
		assertThat(m.firstRoundSatisfiedRate().text()).isEqualTo("33.3%");
		assertThat(m.rehandledSatisfactionRate()).isEqualTo(new Rate(1, 1));
		assertThat(m.solvedRate().text()).isEqualTo("50.0%");
		assertThat(m.solvedOrScheduledRate().text()).isEqualTo("75.0%");
	}

	@Test
	void firstQuarterCountsProblemsFoundAndHowTheyEnded() {
		ProblemCounts problems = table(county(ReportPeriod.quarter(2025, 1))).total().measures().problems();
		assertThat(problems).isEqualTo(new ProblemCounts(5, 1, 1, 1, 1, 1));
	}

	@Test
	void yearTakesTheSecondQuarterItemAndItsOverdue() {
		Measures m = table(county(ReportPeriod.year(2025))).total().measures();
		assertThat(m.proposed()).isEqualTo(7);
		assertThat(m.count(ASSIGNED)).isEqualTo(6);
		assertThat(m.overdue()).isEqualTo(1);
		assertThat(m.closureRate().text()).isEqualTo("42.9%");
	}

	@Test
	void periodWithoutAssignmentsHasNoRatesRatherThanZero() {
		Measures m = table(county(ReportPeriod.year(2024))).total().measures();
		assertThat(m.proposed()).isEqualTo(1);
		assertThat(m.closureRate()).isEqualTo(new Rate(0, 1));
		assertThat(m.closureRate().text()).isEqualTo("0.0%");
		assertThat(m.replyRate().defined()).isFalse();
		assertThat(m.replyRate().text()).isEqualTo("\u2014");
		assertThat(m.satisfactionRate().defined()).isFalse();
		assertThat(m.solvedRate().percent()).isNull();
	}

	@Test
	void customDaysSelectByTheDayProposed() {
		Measures m = table(county(new ReportPeriod(d(3, 31), d(4, 1)))).total().measures();
		assertThat(m.proposed()).isEqualTo(2);
		assertThat(m.closed()).isEqualTo(1);
		assertThat(m.overdue()).isEqualTo(1);
	}

	@Test
	void countyDrillsIntoTownshipsWithEveryTownshipShown() {
		ReportTable table = table(county(ReportPeriod.year(2025)));
		assertThat(table.by()).isEqualTo(ReportDimension.TOWNSHIP);
		assertThat(table.rows())
			.extracting(ReportRow::label, (r) -> r.measures().proposed(), (r) -> r.measures().closed(),
					(r) -> r.measures().problems().found())
			.containsExactlyInAnyOrder(tuple("甲镇", 6L, 3L, 2L), tuple("乙镇", 1L, 0L, 3L));
	}

	@Test
	void townshipDrillsIntoStationsAndStationIntoGroups() {
		ReportRequest township = new ReportRequest(ReportPeriod.year(2025), null, null, this.f.township.getId(), null,
				null, null, null, null, null);
		ReportTable venues = table(township);
		assertThat(venues.by()).isEqualTo(ReportDimension.VENUE);
		assertThat(venues.rows()).extracting(ReportRow::label, (r) -> r.measures().proposed())
			.containsExactlyInAnyOrder(tuple("甲一站", 4L), tuple("甲二站", 2L));

		ReportTable groups = table(ReportRequest.of(ReportPeriod.year(2025)).inVenue(this.f.groupStation.getId()));
		assertThat(groups.by()).isEqualTo(ReportDimension.GROUP);
		assertThat(groups.rows()).extracting(ReportRow::label).containsExactly("甲二小组");
		assertThat(groups.rows().get(0).measures().proposed()).isEqualTo(2);
		assertThat(groups.rows().get(0).measures().closed()).isEqualTo(1);
	}

	@Test
	void unitsCategoriesLevelsAndMonthsSplitTheSameTotal() {
		ReportRequest year = county(ReportPeriod.year(2025));
		ReportTable units = table(year.by(ReportDimension.UNIT));
		assertThat(units.rows()).extracting(ReportRow::label, (r) -> r.measures().proposed())
			.containsExactlyInAnyOrder(tuple("交通运输局", 3L), tuple("水利局", 3L), tuple(null, 1L));
		assertThat(units.rows()).filteredOn((r) -> "0".equals(r.key()))
			.extracting(ReportRow::labelKey)
			.containsExactly("reporting.noUnit");

		ReportTable levels = table(year.by(ReportDimension.LEVEL));
		assertThat(levels.rows()).extracting(ReportRow::key, (r) -> r.measures().proposed())
			.containsExactly(tuple("PREFECTURE", 0L), tuple("COUNTY", 6L), tuple("TOWNSHIP", 1L));

		ReportTable categories = table(year.by(ReportDimension.CATEGORY));
		assertThat(categories.rows().stream().mapToLong((r) -> r.measures().proposed()).sum()).isEqualTo(7);
		assertThat(categories.rows().stream().filter((r) -> r.measures().proposed() == 1).count()).isEqualTo(1);

		ReportTable months = table(year.by(ReportDimension.MONTH));
		assertThat(months.rows()).hasSize(12);
		assertThat(months.rows()).extracting((r) -> r.measures().proposed())
			.containsExactly(2L, 2L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
		assertThat(months.rows().get(0).measures().problems().found()).isEqualTo(1);
		assertThat(months.trend()).isSameAs(months.rows());
	}

	@Test
	void filtersNarrowTheTableToOneUnitOrMonth() {
		ReportRequest unit = new ReportRequest(ReportPeriod.year(2025), null, this.f.county.getId(), null, null, null,
				this.f.unit.getId(), null, null, null);
		Measures m = table(unit).total().measures();
		assertThat(m.proposed()).isEqualTo(3);
		assertThat(m.closed()).isEqualTo(2);
		assertThat(m.problems()).isNull();

		ReportRequest march = new ReportRequest(ReportPeriod.year(2025), null, this.f.county.getId(), null, null, null,
				null, null, null, YearMonth.of(2025, 3));
		assertThat(table(march).total().measures().proposed()).isEqualTo(2);
		assertThat(table(march).trend()).hasSize(1);
	}

	@Test
	void itemsBehindEachFigureAreExactlyTheCountedOnes() {
		ReportRequest year = county(ReportPeriod.year(2025));
		Measures m = table(year).total().measures();
		this.clock.setToday(TODAY);
		try {
			for (ReportBucket bucket : ReportBucket.values()) {
				ReportItems items = this.reports.items(year, bucket, 0, 100, this.f.office);
				assertThat(items.total()).as(bucket.name()).isEqualTo(m.count(bucket));
				assertThat(items.items()).as(bucket.name()).hasSize((int) m.count(bucket));
			}
			assertThat(this.reports.items(year, OVERDUE, 0, 100, this.f.office).items()).extracting(ReportItem::dueOn)
				.containsExactly(d(6, 20));
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void figuresAgreeWithADirectRecountInSql() {
		Measures m = table(county(ReportPeriod.year(2025))).total().measures();
		Long county = this.f.county.getId();
		String cohort = " from suggestion s where s.county_id = ? and s.proposed_on between '2025-01-01' and '2025-12-31'";
		assertThat(m.proposed()).isEqualTo(count("select count(*)" + cohort, county));
		assertThat(m.closed()).isEqualTo(count("select count(*)" + cohort + " and s.status = 'CLOSED'", county));
		assertThat(m.count(ASSIGNED))
			.isEqualTo(count("select count(*)" + cohort + " and s.assigned_on is not null", county));
		assertThat(m.count(REPLIED)).isEqualTo(count("select count(*)" + cohort
				+ " and exists (select 1 from reply r join handling_round h on h.id = r.round_id"
				+ " where r.suggestion_id = s.id and h.number = s.handling_round)", county));
		assertThat(m.count(REPLIED_ON_TIME)).isEqualTo(count(
				"select count(*)" + cohort
						+ " and exists (select 1 from reply r join handling_round h on h.id = r.round_id"
						+ " where r.suggestion_id = s.id and h.number = s.handling_round and r.replied_on <= r.due_on)",
				county));
		assertThat(m.count(RATED)).isEqualTo(
				count("select count(*)" + cohort + " and exists (select 1 from rating g where g.suggestion_id = s.id)",
						county));
		assertThat(m.count(SATISFIED)).isEqualTo(count("select count(*)" + cohort
				+ " and (select g.handling_work || g.result from rating g where g.suggestion_id = s.id"
				+ " order by g.round_number desc limit 1) = 'SATISFIEDSATISFIED'", county));
		assertThat(m.count(CLASS_AB)).isEqualTo(count(
				"select count(*)" + cohort + " and s.status in ('FED_BACK', 'CLOSED') and s.result_class in ('A', 'B')",
				county));
		assertThat(m.overdue()).isEqualTo(count("select count(*)" + cohort
				+ " and s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on < date '2025-06-30'", county));
		assertThat(m.problems().found()).isEqualTo(count(
				"select count(*) from problem where county_id = ? and found_on between '2025-01-01' and '2025-12-31'",
				county));
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private static Map<ReportBucket, Long> counts(Measures m) {
		Map<ReportBucket, Long> counts = new java.util.EnumMap<>(ReportBucket.class);
		for (ReportBucket bucket : ReportBucket.values()) {
			counts.put(bucket, m.count(bucket));
		}
		return counts;
	}

}
