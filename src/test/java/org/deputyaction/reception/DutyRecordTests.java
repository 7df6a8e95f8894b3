package org.deputyaction.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.Deputy;
import org.deputyaction.reception.DutyRecord.Figures;
import org.deputyaction.reception.ReceptionCommands.RecordSession;
import org.deputyaction.reception.ReceptionCommands.RecordSessionProblem;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.FeedbackService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionCommands.CoSign;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.support.SqlStatementCounter;
import org.deputyaction.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The duty record's figures over hand-built data with known answers: a year of sessions
 * attended or missed, problems recorded by the deputy or found at their sessions,
 * suggestions led and co-signed (confirmed or not) and a rating, plus a session of the
 * next year that must not count.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class DutyRecordTests {

	private static final int YEAR = 2024;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	ReceptionService sessions;

	@Autowired
	DutyRecordService records;

	@Autowired
	ProblemService problems;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter statements;

	ReceptionFixture f;

	ProblemView raisedByDeputy;

	ProblemView foundAtSession;

	@BeforeEach
	void buildAYear() {
		this.f = new ReceptionFixture(this.context, this.organization);
		Long lead = this.f.lead.getId();
		Long second = this.f.second.getId();
		Long third = this.f.third.getId();

		day(YEAR, 3, 10);
		Long march = this.f.schedule(SessionKind.RECEPTION_DAY, today(), null, Set.of(lead, second));
		record(march, Set.of(lead, third), 12);
		this.raisedByDeputy = this.problems.record(new RecordProblem(UUID.randomUUID(), this.f.station.getId(), "村道塌方",
				"代表走访发现村道塌方。", ProblemSource.VISIT, today(), null, null, List.of()), this.f.deputy);
		this.foundAtSession = this.sessions.recordProblem(
				new RecordSessionProblem(march, UUID.randomUUID(), "饮水管道老化", "选民反映饮水管道老化。", null, null, List.of()),
				this.f.staff);
		this.sessions.linkProblem(march, this.raisedByDeputy.id(), this.f.staff);

		day(YEAR, 4, 1);
		SuggestionDetail led = propose("关于修复村道的建议", this.f.lead, List.of(second));
		this.suggestions.coSign(new CoSign(led.id(), led.version()), this.f.secondDeputy);
		SuggestionDetail coSigned = propose("关于更换饮水管道的建议", this.f.second, List.of(lead));
		this.suggestions.coSign(new CoSign(coSigned.id(), coSigned.version()), this.f.deputy);
		propose("关于增设路灯的建议", this.f.second, List.of(lead));
		led = this.suggestions.get(led.id(), this.f.staff);
		led = this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(led.id(), led.version(), this.f.unit.getId(), List.of(), null,
					today().plusMonths(3)), this.f.staff);

		day(YEAR, 5, 1);
		led = this.context.getBean(ReplyService.class)
			.reply(new RecordReply(led.id(), led.version(), ResultClass.A, "已修复村道。", "答复全文。", null, List.of()),
					this.f.staff);
		day(YEAR, 5, 5);
		this.context.getBean(FeedbackService.class)
			.rate(new RateReply(led.id(), led.version(), Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, null,
					null), this.f.staff);

		day(YEAR, 6, 20);
		Long action = this.f.schedule(SessionKind.DEPUTY_ACTION, today(), "夏察民情解难题", Set.of(lead));
		record(action, Set.of(lead), 30);
		day(YEAR, 6, 25);
		Long missed = this.f.schedule(SessionKind.RECEPTION_DAY, today(), null, Set.of(lead, second));
		record(missed, Set.of(second), 5);
		day(YEAR, 7, 1);
		this.f.schedule(SessionKind.RECEPTION_DAY, today(), null, Set.of(lead));

		day(YEAR + 1, 1, 15);
		Long nextYear = this.f.schedule(SessionKind.RECEPTION_DAY, today(), null, Set.of(lead));
		record(nextYear, Set.of(lead), 8);
		this.clock.reset();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void figuresCountWhatTheDeputyDidInTheYear() {
		DutyRecord record = this.records.ofDeputy(this.f.lead.getCode(), YEAR, this.f.staff);
		assertThat(record.year()).isEqualTo(YEAR);
		assertThat(record.figures()).isEqualTo(new Figures(1, 1, 42, 1, 2, 2, 1, 1, 1, 1, 0, 1, 0));
		assertThat(record.sessions()).extracting(DutyRecord.SessionLine::heldOn)
			.containsExactly(LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 6, 20));
		assertThat(record.problems())
			.extracting(DutyRecord.ProblemLine::trackingNumber, DutyRecord.ProblemLine::raisedByDeputy,
					DutyRecord.ProblemLine::atSession)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.raisedByDeputy.trackingNumber(), true, true),
					org.assertj.core.groups.Tuple.tuple(this.foundAtSession.trackingNumber(), false, true));
		assertThat(record.suggestions()).extracting(DutyRecord.SuggestionLine::title, DutyRecord.SuggestionLine::lead)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("关于修复村道的建议", true),
					org.assertj.core.groups.Tuple.tuple("关于更换饮水管道的建议", false));
		assertThat(record.ratings()).singleElement()
			.satisfies((rating) -> assertThat(rating.result()).isEqualTo("BASICALLY_SATISFIED"));
	}

	@Test
	void theSecondDeputysRecordCountsTheirOwnPart() {
		Figures second = this.records.ofDeputy(this.f.second.getCode(), YEAR, this.f.office).figures();
		assertThat(second).isEqualTo(new Figures(1, 0, 5, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0));
	}

	@Test
	void anotherYearCountsOnlyItsOwnSessions() {
		Figures next = this.records.mine(YEAR + 1, this.f.deputy).figures();
		assertThat(next).isEqualTo(new Figures(1, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void staffOfAnotherCountyAndOtherRolesFindNoRecord() {
		assertThatThrownBy(() -> this.records.ofDeputy(this.f.lead.getCode(), YEAR, this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.records.ofDeputy(this.f.lead.getCode(), YEAR, this.f.secondDeputy))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void pagesShowTheRecordInBothLanguagesWithABoundedNumberOfStatements() throws Exception {
		String path = "/organization/deputies/" + this.f.lead.getCode() + "/record?year=" + YEAR;
		this.statements.reset();
		String html = this.mvc.perform(get(path).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long first = this.statements.count();
		assertThat(html).contains(this.f.lead.getName(), "履职档案", "关于修复村道的建议", "夏察民情解难题", "基本满意")
			.doesNotContain(ReceptionFixture.PRIVATE_PHONE);
		String english = this.mvc.perform(get(path + "&lang=en").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Duty record", "Reception days attended", "Basically satisfied");
		this.mvc
			.perform(get("/organization/deputies/" + this.f.lead.getCode() + "/record")
				.with(user(this.f.otherCountyStaff)))
			.andExpect(status().isNotFound());
		String mine = this.mvc.perform(get("/my-station/record?year=" + YEAR).with(user(this.f.deputy)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains(this.f.lead.getName(), "关于更换饮水管道的建议");

		day(YEAR, 8, 8);
		for (int i = 0; i < 3; i++) {
			Long more = this.f.schedule(SessionKind.RECEPTION_DAY, today(), null, Set.of(this.f.lead.getId()));
			record(more, Set.of(this.f.lead.getId()), 3);
			this.problems.record(new RecordProblem(UUID.randomUUID(), this.f.station.getId(), "又一个问题" + i, "描述。",
					ProblemSource.VISIT, today(), null, null, List.of()), this.f.deputy);
		}
		this.clock.reset();
		this.statements.reset();
		this.mvc.perform(get(path).with(user(this.f.staff))).andExpect(status().isOk());
		assertThat(this.statements.count()).isEqualTo(first).isLessThanOrEqualTo(10);
	}

	private SuggestionDetail propose(String title, Deputy lead, List<Long> coSigners) {
		ProblemView problem = this.problems.record(new RecordProblem(UUID.randomUUID(), this.f.station.getId(), title,
				"选民反映:" + title, ProblemSource.SURVEY, today(), null, null, List.of()), this.f.staff);
		Long categoryId = this.context.getBean(CategoryService.class).tree(true).get(0).children().get(0).id();
		return this.suggestions
			.propose(
					new ProposeSuggestion(UUID.randomUUID(), List.of(problem.id()), null, title, "建议:" + title,
							categoryId, AdministrativeLevel.COUNTY, "第十届", lead.getId(), coSigners, true, List.of()),
					this.f.staff);
	}

	private void record(Long sessionId, Set<Long> attended, int voters) {
		long version = this.sessions.detail(sessionId, this.f.staff).version();
		this.sessions.record(new RecordSession(sessionId, version, attended, voters, "纪要"), this.f.staff);
	}

	private void day(int year, int month, int day) {
		this.clock.setToday(LocalDate.of(year, month, day));
	}

	private LocalDate today() {
		return this.sessions.today();
	}

}
