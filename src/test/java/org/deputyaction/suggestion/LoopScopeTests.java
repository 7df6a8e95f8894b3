package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.DecideExtension;
import org.deputyaction.suggestion.HandlingCommands.GiveAssistingView;
import org.deputyaction.suggestion.HandlingCommands.MarkFollowUpSolved;
import org.deputyaction.suggestion.HandlingCommands.MarkKeySupervision;
import org.deputyaction.suggestion.HandlingCommands.ObjectToAssignment;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.HandlingCommands.RefuseObjection;
import org.deputyaction.suggestion.HandlingCommands.ReportProgress;
import org.deputyaction.suggestion.HandlingCommands.RequestExtension;
import org.deputyaction.suggestion.HandlingCommands.RerouteAssignment;
import org.deputyaction.suggestion.HandlingCommands.SignFor;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.HandlingCommands.WaiveAssistingViews;
import org.deputyaction.suggestion.ProblemCommands.MergeProblem;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemCommands.SettleProblem;
import org.deputyaction.suggestion.SuggestionCommands.ChangePublication;
import org.deputyaction.suggestion.SuggestionCommands.CoSign;
import org.deputyaction.suggestion.SuggestionCommands.EditSuggestion;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another county's staff, another unit and another station's deputy get "not found" from
 * every service method on an item; in scope but without the right role, "access denied".
 */
@IntegrationTest
class LoopScopeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };

	@Autowired
	ApplicationContext context;

	@Autowired
	ProblemService problems;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	AssignmentService assignments;

	@Autowired
	SupervisionService supervision;

	@Autowired
	ReplyService replies;

	@Autowired
	FeedbackService feedback;

	@Autowired
	AttachmentService attachments;

	LoopFixture f;

	ProblemView problem;

	SuggestionDetail item;

	@BeforeEach
	void setUp() {
		this.f = LoopFixture.create(this.context);
		this.problem = this.problems.record(new RecordProblem(LoopFixture.token(), this.f.station.getId(), "路灯不亮",
				"村口路灯损坏。", ProblemSource.HOTLINE, LocalDate.now().minusDays(1), "陈先生", "13700000000",
				List.of(new AttachmentUpload("a.png", null, PNG))), this.f.staff);
		this.item = LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));
	}

	Map<String, Consumer<CurrentUser>> everyMethod() {
		Long p = this.problem.id();
		long pv = this.problem.version();
		Long s = this.item.id();
		long v = this.item.version();
		Long assignment = this.item.assignments().get(0).id();
		Long attachment = this.problem.attachments().get(0).id();
		LocalDate later = this.item.dueOn().plusDays(5);
		Map<String, Consumer<CurrentUser>> calls = new LinkedHashMap<>();
		calls.put("problem.get", (u) -> this.problems.get(p, u));
		calls.put("problem.timeline", (u) -> this.problems.timeline(p, u));
		calls.put("problem.resolve", (u) -> this.problems.resolveDirectly(new SettleProblem(p, pv, "已解决"), u));
		calls.put("problem.decline", (u) -> this.problems.decline(new SettleProblem(p, pv, "个人事项"), u));
		calls.put("problem.merge", (u) -> this.problems.merge(new MergeProblem(p, pv, p, "重复"), u));
		calls.put("problem.attach", (u) -> this.problems.attach(p, new AttachmentUpload("b.png", null, PNG), u));
		calls.put("problem.record", (u) -> this.problems.record(new RecordProblem(LoopFixture.token(),
				this.f.station.getId(), "t", "d", ProblemSource.OTHER, LocalDate.now(), null, null, List.of()), u));
		calls.put("attachment.download", (u) -> this.attachments.download(attachment, u));
		calls.put("suggestion.propose",
				(u) -> this.suggestions.propose(
						new ProposeSuggestion(LoopFixture.token(), List.of(p), null, "t", "c", this.f.categoryId,
								AdministrativeLevel.COUNTY, "X", this.f.leadDeputy.getId(), List.of(), true, List.of()),
						u));
		calls.put("suggestion.get", (u) -> this.suggestions.get(s, u));
		calls.put("suggestion.timeline", (u) -> this.suggestions.timeline(s, u));
		calls.put("suggestion.edit", (u) -> this.suggestions
			.edit(new EditSuggestion(s, v, "t", "c", this.f.categoryId, AdministrativeLevel.COUNTY, "X"), u));
		calls.put("suggestion.coSign", (u) -> this.suggestions.coSign(new CoSign(s, v), u));
		calls.put("suggestion.publication",
				(u) -> this.suggestions.changePublication(new ChangePublication(s, v, false), u));
		calls.put("suggestion.attach",
				(u) -> this.suggestions.attach(s, v, new AttachmentUpload("b.png", null, PNG), u));
		calls.put("assign", (u) -> this.assignments
			.assign(new AssignSuggestion(s, v, this.f.spareUnit.getId(), List.of(), null, null), u));
		calls.put("signFor", (u) -> this.assignments.signFor(new SignFor(s, v), u));
		calls.put("object", (u) -> this.assignments.object(new ObjectToAssignment(s, v, "r"), u));
		calls.put("reroute", (u) -> this.assignments
			.reroute(new RerouteAssignment(s, v, assignment, this.f.spareUnit.getId(), "r"), u));
		calls.put("refuseObjection",
				(u) -> this.assignments.refuseObjection(new RefuseObjection(s, v, assignment, "r"), u));
		calls.put("urge", (u) -> this.supervision.urge(new Urge(s, v, null, "t"), u));
		calls.put("progress", (u) -> this.supervision.reportProgress(new ReportProgress(s, v, null, "t"), u));
		calls.put("requestExtension",
				(u) -> this.supervision.requestExtension(new RequestExtension(s, v, later, "r"), u));
		calls.put("decideExtension",
				(u) -> this.supervision.decideExtension(new DecideExtension(s, v, 1L, true, later, "r"), u));
		calls.put("keySupervision",
				(u) -> this.supervision.markKeySupervision(new MarkKeySupervision(s, v, true, "王主任"), u));
		calls.put("assistingView", (u) -> this.replies.giveAssistingView(new GiveAssistingView(s, v, null, "v"), u));
		calls.put("waiveViews", (u) -> this.replies.waiveAssistingViews(new WaiveAssistingViews(s, v, "r"), u));
		calls.put("reply",
				(u) -> this.replies.reply(new RecordReply(s, v, ResultClass.A, "m", "c", null, List.of()), u));
		calls.put("rate", (u) -> this.feedback
			.rate(new RateReply(s, v, Satisfaction.SATISFIED, Satisfaction.SATISFIED, null, null), u));
		calls.put("followUp", (u) -> this.feedback.markFollowUpSolved(new MarkFollowUpSolved(s, v, null), u));
		return calls;
	}

	@Test
	void anotherCountysStaffFindNothing() {
		everyMethod().forEach((name, call) -> assertThatThrownBy(() -> call.accept(this.f.otherCountyStaff)).as(name)
			.isInstanceOf(NotFoundException.class));
	}

	@Test
	void anotherCountysUnitFindsNothing() {
		everyMethod().forEach((name, call) -> assertThatThrownBy(() -> call.accept(this.f.otherCountyUnitUser)).as(name)
			.isInstanceOf(NotFoundException.class));
	}

	@Test
	void aUnitOfTheSameCountyThatIsNotAssignedFindsNothing() {
		everyMethod().forEach((name, call) -> assertThatThrownBy(() -> call.accept(this.f.spareUnitUser)).as(name)
			.isInstanceOf(NotFoundException.class));
	}

	@Test
	void anotherStationsDeputyFindsNothing() {
		everyMethod().forEach((name, call) -> assertThatThrownBy(() -> call.accept(this.f.otherStationDeputy)).as(name)
			.isInstanceOf(NotFoundException.class));
	}

	@Test
	void theStationsDeputySeesTheItemsButMayNotAssignOrUrge() {
		assertThat(this.suggestions.get(this.item.id(), this.f.deputy).number()).isEqualTo(this.item.number());
		assertThat(this.problems.get(this.problem.id(), this.f.deputy).contactPhone()).isEqualTo("13700000000");
		Map<String, Consumer<CurrentUser>> calls = everyMethod();
		for (String name : List.of("problem.resolve", "assign", "urge", "reroute", "decideExtension", "keySupervision",
				"waiveViews", "suggestion.publication", "signFor", "reply")) {
			assertThatThrownBy(() -> calls.get(name).accept(this.f.deputy)).as(name)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void aCoSignerOfAnotherStationSeesTheItemHeCoSigns() {
		assertThat(this.suggestions.get(this.item.id(), this.f.coSignerDeputy).id()).isEqualTo(this.item.id());
	}

	@Test
	void theAssignedUnitSeesTheSuggestionButNeverTheProblemOrTheVotersContact() {
		assertThat(this.suggestions.get(this.item.id(), this.f.leadUnitUser).actions())
			.contains(LoopAction.SIGN_FOR, LoopAction.OBJECT, LoopAction.REQUEST_EXTENSION)
			.doesNotContain(LoopAction.ASSIGN, LoopAction.URGE);
		assertThatThrownBy(() -> this.problems.get(this.problem.id(), this.f.leadUnitUser))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.attachments.download(this.problem.attachments().get(0).id(), this.f.leadUnitUser))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theAssistingUnitMayNotReplyAndTheAdministratorMayNotAct() {
		Long s = this.item.id();
		long v = this.item.version();
		assertThatThrownBy(() -> this.replies.reply(new RecordReply(s, v, ResultClass.A, "m", "c", null, List.of()),
				this.f.assistingUnitUser))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.replyOnlyByLead"));
		assertThatThrownBy(() -> this.supervision.urge(new Urge(s, v, null, "t"), this.f.admin))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void thePrefectureOfficeSeesAndActsEverywhere() {
		SuggestionDetail s = this.supervision.markKeySupervision(
				new MarkKeySupervision(this.item.id(), this.item.version(), true, "州人大常委会副主任"), this.f.office);
		assertThat(s.keySupervision()).isTrue();
		assertThat(s.status()).isEqualTo(LoopStatus.SUPERVISED);
	}

}
