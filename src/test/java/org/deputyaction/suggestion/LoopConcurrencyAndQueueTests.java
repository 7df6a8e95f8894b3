package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.SqlStatementCounter;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.MarkKeySupervision;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LoopConcurrencyAndQueueTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	ProblemService problems;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	AssignmentService assignments;

	@Autowired
	SupervisionService supervision;

	@Autowired
	WorkQueueService queues;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	LoopFixture f;

	@BeforeEach
	void setUp() {
		this.clock.setToday(LocalDate.of(2026, 4, 1));
		this.f = LoopFixture.create(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCommandWithAStaleVersionIsRefusedAsAConflict() {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		this.supervision.urge(new Urge(s.id(), s.version(), null, "请加快"), this.f.staff);
		assertThatThrownBy(() -> this.supervision
			.markKeySupervision(new MarkKeySupervision(s.id(), s.version(), true, "李主任"), this.f.office))
			.isInstanceOfSatisfying(ConcurrentChangeException.class, (ex) -> {
				assertThat(ex.expectedVersion()).isEqualTo(s.version());
				assertThat(ex.actualVersion()).isGreaterThan(s.version());
				assertThat(ex.messageKey()).isEqualTo("loop.rule.concurrentChange");
			});
		assertThat(this.suggestions.get(s.id(), this.f.staff).keySupervision()).isFalse();
	}

	@Test
	void everyCommandMovesTheVersionSoThatTheNextOneMustHaveSeenIt() {
		SuggestionDetail s = LoopScenarios.proposed(this.context, this.f);
		SuggestionDetail assigned = this.assignments.assign(
				new AssignSuggestion(s.id(), s.version(), this.f.leadUnit.getId(), List.of(), null, null),
				this.f.staff);
		assertThat(assigned.version()).isGreaterThan(s.version());
		assertThatThrownBy(() -> this.assignments.assign(
				new AssignSuggestion(s.id(), s.version(), this.f.leadUnit.getId(), List.of(), null, null),
				this.f.staff))
			.isInstanceOf(ConcurrentChangeException.class);
	}

	@Test
	void theSameRequestTokenTwiceCreatesOneProblemAndOneSuggestion() {
		UUID token = UUID.randomUUID();
		RecordProblem record = new RecordProblem(token, this.f.station.getId(), "桥梁护栏缺失", "护栏缺失存在安全隐患。",
				ProblemSource.RECEPTION_DAY, LocalDate.of(2026, 3, 30), null, null, List.of());
		ProblemView first = this.problems.record(record, this.f.staff);
		ProblemView second = this.problems.record(record, this.f.staff);
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(this.jdbc.queryForObject("select count(*) from problem where request_token = ?", Long.class, token))
			.isOne();

		UUID suggestionToken = UUID.randomUUID();
		ProposeSuggestion propose = new ProposeSuggestion(suggestionToken, List.of(first.id()), null, "关于增设护栏的建议",
				"建议增设护栏。", this.f.categoryId, AdministrativeLevel.COUNTY, "第十届", this.f.leadDeputy.getId(), List.of(),
				true, List.of());
		SuggestionDetail one = this.suggestions.propose(propose, this.f.staff);
		SuggestionDetail two = this.suggestions.propose(propose, this.f.staff);
		assertThat(two.id()).isEqualTo(one.id());
		assertThat(two.number()).isEqualTo(one.number());
		// someone else's token reveals nothing
		assertThatThrownBy(() -> this.problems.record(record, this.f.office))
			.isInstanceOf(org.deputyaction.system.NotFoundException.class);
	}

	@Test
	void theSameRequestTokenSentTwiceAtOnceStillCreatesOneRecord() throws Exception {
		UUID token = UUID.randomUUID();
		RecordProblem record = new RecordProblem(token, this.f.station.getId(), "同时提交", "表单被提交了两次。",
				ProblemSource.ONLINE, LocalDate.of(2026, 3, 30), null, null, List.of());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Long> call = () -> this.problems.record(record, this.f.staff).id();
			List<Future<Long>> results = pool.invokeAll(List.of(call, call));
			assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from problem where request_token = ?", Long.class, token))
			.isOne();
	}

	@Test
	void numbersCountPerCountyAndYear() {
		SuggestionDetail first = LoopScenarios.proposed(this.context, this.f);
		SuggestionDetail second = LoopScenarios.proposed(this.context, this.f);
		String prefix = this.f.county.getShortName() + "-2026-";
		assertThat(first.number()).isEqualTo(prefix + "0001");
		assertThat(second.number()).isEqualTo(prefix + "0002");
		this.clock.setToday(LocalDate.of(2027, 1, 4));
		assertThat(LoopScenarios.proposed(this.context, this.f).number())
			.isEqualTo(this.f.county.getShortName() + "-2027-0001");
	}

	@Test
	void nearDueAndOverdueQueuesFollowTheClockAtFifteenAndSixteenDays() {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		LocalDate due = s.dueOn();
		this.clock.setToday(due.minusDays(16));
		assertThat(ids(WorkQueue.NEAR_DUE)).doesNotContain(s.id());
		this.clock.setToday(due.minusDays(15));
		assertThat(ids(WorkQueue.NEAR_DUE)).contains(s.id());
		assertThat(this.suggestions.get(s.id(), this.f.staff).deadlineState()).isEqualTo(DeadlineState.NEAR_DUE);
		this.clock.setToday(due.plusDays(1));
		assertThat(ids(WorkQueue.NEAR_DUE)).doesNotContain(s.id());
		assertThat(ids(WorkQueue.OVERDUE)).contains(s.id());
		assertThat(this.queues.counts(this.f.staff).of(WorkQueue.OVERDUE)).isEqualTo(1);
		assertThat(this.queues.page(WorkQueue.TO_SIGN_FOR, null, null, 20, this.f.leadUnitUser).items())
			.extracting(QueueRow::id)
			.containsExactly(s.id());
	}

	@Test
	void queuesArePagedByTheirKeyWithFilters() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(LoopScenarios.proposed(this.context, this.f).id());
		}
		QueuePage<QueueRow> first = this.queues.page(WorkQueue.TO_ASSIGN, null, null, 2, this.f.staff);
		QueuePage<QueueRow> second = this.queues.page(WorkQueue.TO_ASSIGN, null, first.nextCursor(), 2, this.f.staff);
		QueuePage<QueueRow> third = this.queues.page(WorkQueue.TO_ASSIGN, null, second.nextCursor(), 2, this.f.staff);
		List<Long> seen = new ArrayList<>();
		List.of(first, second, third).forEach((page) -> page.items().forEach((row) -> seen.add(row.id())));
		assertThat(seen).containsExactlyElementsOf(ids);
		assertThat(third.hasMore()).isFalse();
		QueuePage<QueueRow> search = this.queues.page(WorkQueue.SEARCH,
				new QueueFilter(LoopStatus.PROPOSED, this.f.station.getId(), null, null, null, null, "村道"), null, 3,
				this.f.staff);
		assertThat(search.items()).hasSize(3)
			.extracting(QueueRow::id)
			.isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(this.queues.page(WorkQueue.TO_ASSIGN, null, null, 20, this.f.otherCountyStaff).items()).isEmpty();
		assertThat(this.queues.newProblems(null, null, 50, this.f.staff).items()).isEmpty();
	}

	@Test
	void aQueuePageCostsTheSameStatementsWhateverTheData() {
		for (int i = 0; i < 2; i++) {
			LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));
		}
		long small = statementsOfQueues();
		for (int i = 0; i < 6; i++) {
			LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));
		}
		long large = statementsOfQueues();
		assertThat(large).isEqualTo(small);
		assertThat(small).isLessThanOrEqualTo(12);
	}

	private long statementsOfQueues() {
		this.statements.reset();
		assertThat(this.queues.page(WorkQueue.REPLIES_TO_RECORD, null, null, 20, this.f.staff).items()).isNotEmpty();
		this.queues.page(WorkQueue.SEARCH, null, null, 20, this.f.staff);
		this.queues.page(WorkQueue.VIEWS_TO_GIVE, null, null, 20, this.f.assistingUnitUser);
		this.queues.counts(this.f.staff);
		return this.statements.count();
	}

	private List<Long> ids(WorkQueue queue) {
		return this.queues.page(queue, null, null, 100, this.f.staff).items().stream().map(QueueRow::id).toList();
	}

}
