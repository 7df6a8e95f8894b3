package org.deputyaction.suggestion.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deputyaction.reporting.Measures;
import org.deputyaction.reporting.ReportBucket;
import org.deputyaction.reporting.ReportPeriod;
import org.deputyaction.reporting.ReportRequest;
import org.deputyaction.reporting.ReportRow;
import org.deputyaction.reporting.ReportService;
import org.deputyaction.reporting.ReportTable;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.TimelineAction;
import org.deputyaction.suggestion.TimelineView;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register with a known answer goes in as .csv and as .xlsx, and the reports then show
 * exactly the rates counted by hand; the items have consistent timelines and flow into
 * the measures like live ones; the same register cannot go in twice.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class RegisterImportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RegisterImportService registers;

	@Autowired
	ReportService reports;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	ProblemService problems;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void knownAnswerRegisterAsCsvGivesExactlyTheExpectedRatesAndCounts() {
		RegisterFixture f = new RegisterFixture(this.context);
		RegisterReport report = this.registers.importFile("register-2025.csv", f.csv(), f.office);
		assertThat(messages(report)).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.rows()).isEqualTo(20);
		assertKnownAnswer(f);
	}

	@Test
	void knownAnswerRegisterAsXlsxWithDateCellsAndEnglishHeadersGivesTheSameFigures() {
		RegisterFixture f = new RegisterFixture(this.context);
		RegisterReport report = this.registers.importFile("register-2025.xlsx", f.xlsx(), f.staff);
		assertThat(messages(report)).isEmpty();
		assertKnownAnswer(f);
	}

	private void assertKnownAnswer(RegisterFixture f) {
		ReportTable table = this.reports.table(ReportRequest.of(ReportPeriod.year(2025)).inCounty(f.county.getId()),
				f.office);
		Measures m = table.total().measures();
		assertThat(counts(m)).containsAllEntriesOf(Map.ofEntries(Map.entry(ReportBucket.PROPOSED, 13L),
				Map.entry(ReportBucket.TO_ASSIGN, 2L), Map.entry(ReportBucket.ASSIGNED, 11L),
				Map.entry(ReportBucket.BEING_HANDLED, 2L), Map.entry(ReportBucket.REPLIED, 9L),
				Map.entry(ReportBucket.REPLIED_ON_TIME, 6L), Map.entry(ReportBucket.CLOSED, 7L),
				Map.entry(ReportBucket.OVERDUE, 2L), Map.entry(ReportBucket.RATED, 7L),
				Map.entry(ReportBucket.SATISFIED_OR_BASIC, 7L), Map.entry(ReportBucket.SATISFIED, 4L),
				Map.entry(ReportBucket.FIRST_SATISFIED_OR_BASIC, 7L), Map.entry(ReportBucket.FIRST_SATISFIED, 4L),
				Map.entry(ReportBucket.REHANDLED_RATED, 0L), Map.entry(ReportBucket.CLASS_A, 5L),
				Map.entry(ReportBucket.CLASS_AB, 7L), Map.entry(ReportBucket.KEY_SUPERVISION, 0L)));
		assertThat(m.closureRate().text()).isEqualTo(RegisterFixture.CLOSURE_RATE);
		assertThat(m.replyRate().text()).isEqualTo(RegisterFixture.REPLY_RATE);
		assertThat(m.onTimeReplyRate().text()).isEqualTo(RegisterFixture.ON_TIME_RATE);
		assertThat(m.satisfactionRate().text()).isEqualTo(RegisterFixture.SATISFACTION_RATE);
		assertThat(m.satisfiedRate().text()).isEqualTo("57.1%");
		assertThat(m.solvedRate().text()).isEqualTo(RegisterFixture.SOLVED_RATE);
		assertThat(m.solvedOrScheduledRate().text()).isEqualTo("77.8%");
		assertThat(m.rehandledSatisfactionRate().defined()).isFalse();
		assertThat(m.rehandledSatisfactionRate().text()).isEqualTo("\u2014");
		assertThat(m.problems().found()).isEqualTo(20);
		assertThat(m.problems().proposed()).isEqualTo(13);
		assertThat(m.problems().resolvedDirectly()).isEqualTo(2);
		assertThat(m.problems().declined()).isEqualTo(1);
		assertThat(m.problems().merged()).isEqualTo(2);
		assertThat(m.problems().pending()).isEqualTo(2);

		// the township with problems only: nothing proposed, so no closure rate
		ReportRow other = table.rows()
			.stream()
			.filter((row) -> String.valueOf(f.otherTownship.getId()).equals(row.key()))
			.findFirst()
			.orElseThrow();
		assertThat(other.measures().proposed()).isZero();
		assertThat(other.measures().closureRate().text()).isEqualTo("\u2014");
		assertThat(other.measures().problems().found()).isEqualTo(7);

		// a direct count agrees with the report
		Map<String, Object> recount = this.jdbc.queryForMap(
				"""
						select count(*) as proposed,
						       count(*) filter (where s.status = 'CLOSED') as closed,
						       count(*) filter (where s.assigned_on is not null) as assigned,
						       count(*) filter (where s.status in ('FED_BACK', 'CLOSED')) as replied,
						       count(*) filter (where s.status in ('FED_BACK', 'CLOSED') and m.current_reply_on_time) as on_time,
						       count(*) filter (where m.last_rating in ('S', 'B')) as satisfied,
						       count(*) filter (where s.status in ('FED_BACK', 'CLOSED') and s.result_class = 'A') as class_a
						  from suggestion s left join suggestion_measure m on m.suggestion_id = s.id
						 where s.county_id = ?
						""",
				f.county.getId());
		assertThat(recount).containsEntry("proposed", 13L)
			.containsEntry("closed", 7L)
			.containsEntry("assigned", 11L)
			.containsEntry("replied", 9L)
			.containsEntry("on_time", 6L)
			.containsEntry("satisfied", 7L)
			.containsEntry("class_a", 5L);
	}

	@Test
	void importedItemsHaveTimelinesInTheLoopsOrderEndingWithTheImport() {
		RegisterFixture f = new RegisterFixture(this.context);
		RegisterReport report = this.registers.importFile("timeline.csv", f.csv(), f.staff);
		List<RegisterBatchItem> items = this.registers.batchItems(report.batchId(), f.staff);
		assertThat(items).hasSize(20);
		RegisterBatchItem closed = items.get(0);
		assertThat(closed.registerNumber()).isEqualTo("R01");
		assertThat(closed.status()).isEqualTo(LoopStatus.CLOSED);
		assertThat(closed.suggestionNumber()).startsWith(f.county.getShortName() + "-2025-");
		List<TimelineView> timeline = this.suggestions.timeline(closed.suggestionId(), f.staff);
		assertThat(timeline).extracting(TimelineView::action)
			.containsExactly(TimelineAction.PROBLEM_RECORDED, TimelineAction.PROBLEM_WRITTEN_UP,
					TimelineAction.SUGGESTION_PROPOSED, TimelineAction.ASSIGNED, TimelineAction.REPLIED,
					TimelineAction.RATED, TimelineAction.CLOSED, TimelineAction.IMPORTED_FROM_REGISTER);
		assertThat(timeline.get(timeline.size() - 1).detail()).contains("timeline.csv", "R01");
		assertThat(timeline.get(timeline.size() - 1).actorName()).isEqualTo(f.staff.displayName());
		for (int i = 1; i < timeline.size(); i++) {
			assertThat(timeline.get(i).occurredAt()).isAfter(timeline.get(i - 1).occurredAt());
		}
		RegisterBatchItem merged = items.get(15);
		assertThat(merged.registerNumber()).isEqualTo("R16");
		assertThat(this.problems.get(merged.problemId(), f.staff).status()).isEqualTo(LoopStatus.MERGED);
		assertThat(this.problems.timeline(merged.problemId(), f.staff)).extracting(TimelineView::action)
			.containsExactly(TimelineAction.PROBLEM_RECORDED, TimelineAction.PROBLEM_MERGED,
					TimelineAction.IMPORTED_FROM_REGISTER);
		Long target = this.jdbc.queryForObject("select merged_into_id from problem where id = ?", Long.class,
				merged.problemId());
		assertThat(target).isEqualTo(items.get(16).problemId());
		// suggestion numbers follow the day proposed
		assertThat(items.get(1).suggestionNumber()).isGreaterThan(items.get(0).suggestionNumber());
		assertThat(this.registers.batches(f.staff, 50)).extracting(RegisterBatch::id).contains(report.batchId());
	}

	@Test
	void theSameFileOrTheSameRegisterNumbersCannotBeImportedTwice() {
		RegisterFixture f = new RegisterFixture(this.context);
		String csv = f.csvText();
		assertThat(this.registers.importFile("once.csv", csv.getBytes(StandardCharsets.UTF_8), f.office).written())
			.isTrue();
		RegisterReport again = this.registers.importFile("again.csv", csv.getBytes(StandardCharsets.UTF_8), f.office);
		assertThat(again.written()).isFalse();
		assertThat(messages(again)).singleElement().asString().contains("once.csv");

		RegisterReport renamed = this.registers.importFile("changed.csv",
				RegisterFixture.touched(csv).getBytes(StandardCharsets.UTF_8), f.office);
		assertThat(renamed.written()).isFalse();
		assertThat(renamed.problems()).hasSize(20)
			.allSatisfy((p) -> assertThat(p.messageKey()).isEqualTo("register.error.alreadyImported"));
		assertThat(this.jdbc.queryForObject("select count(*) from suggestion where county_id = ?", Long.class,
				f.county.getId()))
			.isEqualTo(13);
	}

	@Test
	void checkCountsTheLinesPerCountyAndStatusAndWritesNothing() {
		RegisterFixture f = new RegisterFixture(this.context);
		RegisterReport report = this.registers.check("register.csv", f.csv(), f.office);
		assertThat(report.hasProblems()).isFalse();
		assertThat(report.written()).isFalse();
		assertThat(report.counties()).singleElement().satisfies((c) -> {
			assertThat(c.countyName()).isEqualTo(f.county.getName());
			assertThat(c.total()).isEqualTo(20);
			assertThat(c.count(LoopStatus.CLOSED)).isEqualTo(7);
			assertThat(c.count(LoopStatus.FED_BACK)).isEqualTo(2);
			assertThat(c.count(LoopStatus.ASSIGNED)).isEqualTo(2);
			assertThat(c.count(LoopStatus.PROPOSED)).isEqualTo(2);
			assertThat(c.count(LoopStatus.MERGED)).isEqualTo(2);
			assertThat(c.count(LoopStatus.FOUND)).isEqualTo(2);
		});
		assertThat(this.jdbc.queryForObject("select count(*) from problem where county_id = ?", Long.class,
				f.county.getId()))
			.isZero();
	}

	private List<String> messages(RegisterReport report) {
		return report.problems().stream().map((p) -> this.messages.getMessage(p, Locale.ENGLISH)).toList();
	}

	private static Map<ReportBucket, Long> counts(Measures m) {
		Map<ReportBucket, Long> counts = new java.util.EnumMap<>(ReportBucket.class);
		for (ReportBucket bucket : ReportBucket.values()) {
			counts.put(bucket, m.count(bucket));
		}
		return counts;
	}

}
