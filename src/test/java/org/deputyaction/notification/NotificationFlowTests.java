package org.deputyaction.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.suggestion.LoopScenarios;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.suggestion.TimelineAction;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationFlowTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisionService supervision;

	@Autowired
	ProblemService problems;

	@Autowired
	InboxService inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter statements;

	LoopFixture f;

	@BeforeEach
	void fixture() {
		this.f = LoopFixture.create(this.context);
	}

	@Test
	void assignmentReachesTheLeadAndAssistingUnitsButNoOtherUnit() {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));

		assertThat(kinds(this.f.leadUnitUser, s.id())).containsExactly("ASSIGNED");
		assertThat(kinds(this.f.assistingUnitUser, s.id())).containsExactly("ASSIGNED");
		assertThat(kinds(this.f.spareUnitUser, s.id())).isEmpty();
		assertThat(kinds(this.f.otherCountyUnitUser, s.id())).isEmpty();
	}

	@Test
	void urgingGivesTheUrgedUnitOneMessageWithItsWordsAndATimelineEntry() throws Exception {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));
		SuggestionDetail urged = this.supervision.urge(new Urge(s.id(), s.version(), null, "请于本周内报送进展。"), this.f.staff);

		assertThat(kinds(this.f.leadUnitUser, s.id())).containsExactly("ASSIGNED", "URGED");
		assertThat(kinds(this.f.assistingUnitUser, s.id())).containsExactly("ASSIGNED");
		assertThat(this.jdbc.queryForList("select action from timeline_entry where suggestion_id = ? and action = ?",
				String.class, s.id(), TimelineAction.URGED.name()))
			.hasSize(1);
		assertThat(urged.supervision()).hasSize(1);

		this.mvc.perform(get("/inbox").with(user(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请于本周内报送进展。")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"inbox-unread-count\"")));
	}

	@Test
	void aMessageIsMarkedReadOnlyByItsRecipientAndOpensItsItem() throws Exception {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		Long id = this.jdbc.queryForObject(
				"select id from notification where recipient_user_id = ? and suggestion_id = ?", Long.class,
				this.f.leadUnitUser.id(), s.id());

		this.mvc.perform(post("/inbox/{id}/read", id).with(user(this.f.spareUnitUser)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.inbox.page(this.f.leadUnitUser, 0).unread()).isEqualTo(1);

		this.mvc.perform(post("/inbox/{id}/open", id).with(user(this.f.leadUnitUser)).with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()));
		assertThat(this.inbox.page(this.f.leadUnitUser, 0).unread()).isZero();
	}

	@Test
	void markAllReadEmptiesTheUnreadCount() throws Exception {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		this.supervision.urge(new Urge(s.id(), s.version(), null, "催办"), this.f.staff);
		assertThat(this.inbox.page(this.f.leadUnitUser, 0).unread()).isEqualTo(2);

		this.mvc.perform(post("/inbox/read-all").with(user(this.f.leadUnitUser)).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));

		InboxPage page = this.inbox.page(this.f.leadUnitUser, 0);
		assertThat(page.unread()).isZero();
		assertThat(page.total()).isEqualTo(2);
	}

	@Test
	void aProblemRaisedOnlineReachesTheCountyStaffAndTheStationsDeputiesOnly() {
		Long online = record(ProblemSource.ONLINE);
		Long visit = record(ProblemSource.VISIT);

		assertThat(problemMessages(this.f.staff, online)).isEqualTo(1);
		assertThat(problemMessages(this.f.deputy, online)).isEqualTo(1);
		assertThat(problemMessages(this.f.otherStationDeputy, online)).isZero();
		assertThat(problemMessages(this.f.otherCountyStaff, online)).isZero();
		assertThat(problemMessages(this.f.staff, visit)).isZero();
	}

	@Test
	void theInboxPageCostsTheSameStatementsWhateverTheNumberOfMessages() throws Exception {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		this.statements.reset();
		this.mvc.perform(get("/inbox").with(user(this.f.leadUnitUser))).andExpect(status().isOk());
		long few = this.statements.count();
		long version = s.version();
		for (int i = 0; i < 25; i++) {
			version = this.supervision.urge(new Urge(s.id(), version, null, "催办 " + i), this.f.staff).version();
		}

		this.statements.reset();
		this.mvc.perform(get("/inbox").with(user(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("?page=1")));
		assertThat(this.statements.count()).isEqualTo(few).isLessThanOrEqualTo(4);
	}

	private Long record(ProblemSource source) {
		return this.problems
			.record(new RecordProblem(UUID.randomUUID(), this.f.station.getId(), "路灯不亮", "村口路灯坏了。", source,
					LocalDate.now(), "周女士", "13900000000", List.of()), this.f.staff)
			.id();
	}

	private List<String> kinds(CurrentUser user, Long suggestionId) {
		return this.jdbc.queryForList(
				"select kind from notification where recipient_user_id = ? and suggestion_id = ? order by id",
				String.class, user.id(), suggestionId);
	}

	private int problemMessages(CurrentUser user, Long problemId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where recipient_user_id = ? and problem_id = ?", Integer.class,
				user.id(), problemId);
		return (count != null) ? count : 0;
	}

}
