package org.deputyaction.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.security.ScopeFixture.Place;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Many people (or one impatient one) acting on the same item at the same moment, through
 * the real pages, each request in a transaction of its own: exactly one wins, the others
 * are told clearly that someone else changed the item first, nobody sees a server error,
 * and a form sent twice records once.
 */
@IntegrationTest
class ParallelChangesTests {

	static final int THREADS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	Clock clock;

	ScopeFixture fixture;

	CurrentUser staff;

	@BeforeEach
	void setUp() {
		this.fixture = ScopeFixture.create(this.context);
		this.staff = this.fixture.user(Role.COUNTY_STAFF);
	}

	@Test
	void eightStaffAssigningTheSameSuggestionAtOnceGiveOneAssignmentAndSevenConflicts() throws Exception {
		SuggestionDetail proposed = proposed();
		List<MockHttpServletResponse> responses = all(() -> post("/suggestions/" + proposed.id() + "/assign")
			.param("version", String.valueOf(proposed.version()))
			.param("leadUnitId", String.valueOf(this.fixture.at(Place.OWN).unit().getId()))
			.param("dueOn", LocalDate.now(this.clock).plusMonths(3).toString()));
		assertThat(responses).filteredOn((r) -> r.getStatus() == 302)
			.singleElement()
			.satisfies((r) -> assertThat(r.getRedirectedUrl()).isEqualTo("/suggestions/" + proposed.id()));
		assertThat(responses).filteredOn((r) -> r.getStatus() != 302).hasSize(THREADS - 1).allSatisfy((r) -> {
			assertThat(r.getStatus()).isEqualTo(409);
			assertThat(r.getContentAsString()).containsAnyOf("其他用户", "其他人", "他人");
		});
		assertThat(this.suggestions.get(proposed.id(), this.staff).status()).isEqualTo(LoopStatus.ASSIGNED);
		assertThat(this.jdbc.queryForObject("select count(*) from unit_assignment where suggestion_id = ?", Long.class,
				proposed.id()))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from timeline_entry where suggestion_id = ? and to_status = 'ASSIGNED'", Long.class,
				proposed.id()))
			.isOne();
	}

	@Test
	void eightStaffChangingThePublicationAtOnceGiveOneChangeAndSevenConflicts() throws Exception {
		SuggestionDetail proposed = proposed();
		List<MockHttpServletResponse> responses = all(() -> post("/suggestions/" + proposed.id() + "/publication")
			.param("version", String.valueOf(proposed.version()))
			.param("publicVisible", "false"));
		assertThat(responses).filteredOn((r) -> r.getStatus() == 302).hasSize(1);
		assertThat(responses).filteredOn((r) -> r.getStatus() == 409).hasSize(THREADS - 1);
		assertThat(this.suggestions.get(proposed.id(), this.staff).version()).isEqualTo(proposed.version() + 1);
	}

	@Test
	void theSameProblemFormSentEightTimesAtOnceRecordsOneProblem() throws Exception {
		UUID token = UUID.randomUUID();
		String title = "重复提交" + this.fixture.tag;
		List<MockHttpServletResponse> responses = all(
				() -> post("/problems/new").param("requestToken", token.toString())
					.param("venueCode", this.fixture.at(Place.OWN).station().getCode())
					.param("title", title)
					.param("description", "同一表单被连续提交了多次。")
					.param("source", ProblemSource.RECEPTION_DAY.name())
					.param("foundOn", LocalDate.now(this.clock).toString()));
		assertThat(responses).allSatisfy((r) -> assertThat(r.getStatus()).isEqualTo(302));
		assertThat(responses).extracting(MockHttpServletResponse::getRedirectedUrl)
			.containsOnly(responses.get(0).getRedirectedUrl());
		assertThat(this.jdbc.queryForObject("select count(*) from problem where request_token = ?", Long.class, token))
			.isOne();
	}

	private SuggestionDetail proposed() {
		ProblemView problem = this.context.getBean(ProblemService.class)
			.record(new RecordProblem(UUID.randomUUID(), this.fixture.at(Place.OWN).station().getId(), "桥面破损",
					"桥面多处破损。", ProblemSource.VISIT, LocalDate.now(this.clock), null, null, List.of()), this.staff);
		return this.suggestions.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(problem.id()), null,
				"关于修复桥面的建议", "建议修复桥面。", this.fixture.categoryId, AdministrativeLevel.COUNTY, "第十届",
				this.fixture.at(Place.OWN).deputy().getId(), List.of(), true, List.of()), this.staff);
	}

	/** Sends the request from {@link #THREADS} threads released at the same moment. */
	private List<MockHttpServletResponse> all(Callable<MockHttpServletRequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				MockHttpServletRequestBuilder builder = request.call().with(csrf()).with(user(this.staff));
				futures.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(builder).andReturn().getResponse();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}

}
