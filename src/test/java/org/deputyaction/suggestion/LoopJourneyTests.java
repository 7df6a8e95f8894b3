package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.DecideExtension;
import org.deputyaction.suggestion.HandlingCommands.GiveAssistingView;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.HandlingCommands.RequestExtension;
import org.deputyaction.suggestion.HandlingCommands.SignFor;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.SuggestionCommands.CoSign;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class LoopJourneyTests {

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

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
	ReplyService replies;

	@Autowired
	FeedbackService feedback;

	@Autowired
	AttachmentService attachments;

	@Autowired
	ApplicationEvents events;

	LoopFixture f;

	@BeforeEach
	void setUp() {
		this.clock.setToday(START);
		this.f = LoopFixture.create(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aProblemGoesRoundTheWholeLoopWithReHandlingAndEveryStepOnTheTimeline() {
		// found
		ProblemView problem = this.problems.record(new RecordProblem(LoopFixture.token(), this.f.station.getId(),
				"公交线路绕行", "66户175人出行不便,希望调整公交线路。", ProblemSource.RECEPTION_DAY, START.minusDays(1), "刘先生",
				"13800000000", List.of(new AttachmentUpload("现场.png", "image/png", PNG))), this.f.staff);
		assertThat(problem.status()).isEqualTo(LoopStatus.FOUND);
		assertThat(problem.contactPhone()).isEqualTo("13800000000");
		assertThat(problem.attachments()).singleElement()
			.satisfies((a) -> assertThat(a.contentType()).isEqualTo("image/png"));
		assertThat(this.attachments.download(problem.attachments().get(0).id(), this.f.deputy).content())
			.isEqualTo(PNG);

		// proposed
		this.clock.advanceDays(2);
		SuggestionDetail s = this.suggestions.propose(new ProposeSuggestion(LoopFixture.token(), List.of(problem.id()),
				null, "关于调整公交线路的建议", "建议调整线路。", this.f.categoryId, AdministrativeLevel.COUNTY, "第十届",
				this.f.leadDeputy.getId(), List.of(this.f.coSigner.getId()), true, List.of()), this.f.staff);
		assertThat(s.status()).isEqualTo(LoopStatus.PROPOSED);
		assertThat(s.number()).isEqualTo(this.f.county.getShortName() + "-2026-0001");
		assertThat(s.venueId()).isEqualTo(this.f.station.getId());
		assertThat(s.coSigners()).singleElement().satisfies((c) -> assertThat(c.confirmed()).isFalse());
		assertThat(this.problems.get(problem.id(), this.f.staff).status()).isEqualTo(LoopStatus.PROPOSED);
		s = this.suggestions.coSign(new CoSign(s.id(), s.version()), this.f.coSignerDeputy);
		assertThat(s.coSigners()).singleElement().satisfies((c) -> assertThat(c.confirmed()).isTrue());

		// assigned
		this.clock.advanceDays(1);
		s = this.assignments.assign(new AssignSuggestion(s.id(), s.version(), this.f.leadUnit.getId(),
				List.of(this.f.assistingUnit.getId()), null, null), this.f.staff);
		LocalDate assignedOn = START.plusDays(3);
		assertThat(s.status()).isEqualTo(LoopStatus.ASSIGNED);
		assertThat(s.assignedOn()).isEqualTo(assignedOn);
		assertThat(s.dueOn()).isEqualTo(assignedOn.plusMonths(3));
		assertThat(s.maxDueOn()).isEqualTo(assignedOn.plusMonths(6));
		assertThat(s.assignments()).extracting(SuggestionDetail.AssignmentLine::role)
			.containsExactly(AssignmentRole.LEAD, AssignmentRole.ASSISTING);

		// signed for, urged, extended (approver sets the final date)
		s = this.assignments.signFor(new SignFor(s.id(), s.version()), this.f.leadUnitUser);
		s = this.supervision.urge(new Urge(s.id(), s.version(), null, "请加快办理"), this.f.staff);
		assertThat(s.status()).isEqualTo(LoopStatus.SUPERVISED);
		s = this.supervision.requestExtension(
				new RequestExtension(s.id(), s.version(), assignedOn.plusMonths(5), "需要协调资金"), this.f.leadUnitUser);
		Long extensionId = s.extensions().get(0).id();
		s = this.supervision.decideExtension(
				new DecideExtension(s.id(), s.version(), extensionId, true, assignedOn.plusMonths(4), "延期一个月"),
				this.f.staff);
		assertThat(s.dueOn()).isEqualTo(assignedOn.plusMonths(4));
		assertThat(s.extensions().get(0).status()).isEqualTo(ExtensionStatus.APPROVED);

		// the lead unit cannot reply before the assisting unit's view
		this.clock.advanceDays(20);
		long version = s.version();
		Long id = s.id();
		assertThatThrownBy(() -> this.replies
			.reply(new RecordReply(id, version, ResultClass.B, "已列入计划", "答复内容", null, List.of()), this.f.leadUnitUser))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.assistingViewsMissing"));
		s = this.replies.giveAssistingView(new GiveAssistingView(id, version, null, "同意主办单位意见"),
				this.f.assistingUnitUser);
		s = this.replies.reply(new RecordReply(s.id(), s.version(), ResultClass.B, "已列入计划", "答复内容", null,
				List.of(new AttachmentUpload("答复.png", "image/png", PNG))), this.f.leadUnitUser);
		assertThat(s.status()).isEqualTo(LoopStatus.FED_BACK);
		assertThat(s.rounds().get(0).reply().onTime()).isTrue();
		assertThat(s.rounds().get(0).reply().attachments()).hasSize(1);
		assertThat(s.rounds().get(0).views()).hasSize(1);

		// unsatisfied: back to supervision, round 2, due one month after the rating
		this.clock.advanceDays(5);
		LocalDate ratedOn = START.plusDays(28);
		s = this.feedback.rate(new RateReply(s.id(), s.version(), Satisfaction.BASICALLY_SATISFIED,
				Satisfaction.UNSATISFIED, "线路仍未调整", null), this.f.deputy);
		assertThat(s.status()).isEqualTo(LoopStatus.SUPERVISED);
		assertThat(s.round()).isEqualTo(2);
		assertThat(s.dueOn()).isEqualTo(ratedOn.plusMonths(1));
		assertThat(s.rounds()).hasSize(2);

		// re-handling: the view is asked again in the new round, then the reply, then
		// satisfied
		this.clock.advanceDays(10);
		s = this.replies.giveAssistingView(new GiveAssistingView(s.id(), s.version(), null, "资金已落实"),
				this.f.assistingUnitUser);
		s = this.replies.reply(new RecordReply(s.id(), s.version(), ResultClass.A, "线路已调整", "已调整公交线路", null, List.of()),
				this.f.leadUnitUser);
		s = this.feedback.rate(
				new RateReply(s.id(), s.version(), Satisfaction.SATISFIED, Satisfaction.SATISFIED, null, null),
				this.f.deputy);
		assertThat(s.status()).isEqualTo(LoopStatus.CLOSED);
		assertThat(s.closedOn()).isEqualTo(START.plusDays(38));
		assertThat(s.followUpPending()).isFalse();
		assertThat(s.actions()).isEmpty();

		// the timeline: every change, in order, with who and the states before and after
		List<TimelineView> timeline = this.suggestions.timeline(s.id(), this.f.staff);
		assertThat(timeline).extracting(TimelineView::action)
			.containsExactly(TimelineAction.PROBLEM_RECORDED, TimelineAction.PROBLEM_WRITTEN_UP,
					TimelineAction.SUGGESTION_PROPOSED, TimelineAction.CO_SIGNER_INVITED,
					TimelineAction.CO_SIGNING_CONFIRMED, TimelineAction.ASSIGNED, TimelineAction.SIGNED_FOR,
					TimelineAction.URGED, TimelineAction.EXTENSION_REQUESTED, TimelineAction.EXTENSION_APPROVED,
					TimelineAction.ASSISTING_VIEW_GIVEN, TimelineAction.REPLIED, TimelineAction.RATED,
					TimelineAction.RETURNED_FOR_REHANDLING, TimelineAction.ASSISTING_VIEW_GIVEN, TimelineAction.REPLIED,
					TimelineAction.RATED, TimelineAction.CLOSED);
		assertThat(timeline).extracting(TimelineView::occurredAt).isSorted();
		assertThat(timeline).allSatisfy((entry) -> assertThat(entry.actorName()).isNotBlank());
		assertThat(timeline.get(1).fromStatus()).isEqualTo(LoopStatus.FOUND);
		assertThat(timeline.get(1).toStatus()).isEqualTo(LoopStatus.PROPOSED);
		assertThat(timeline.get(5).fromStatus()).isEqualTo(LoopStatus.PROPOSED);
		assertThat(timeline.get(5).toStatus()).isEqualTo(LoopStatus.ASSIGNED);
		assertThat(timeline.get(7).toStatus()).isEqualTo(LoopStatus.SUPERVISED);
		assertThat(timeline.get(13).fromStatus()).isEqualTo(LoopStatus.FED_BACK);
		assertThat(timeline.get(13).toStatus()).isEqualTo(LoopStatus.SUPERVISED);
		assertThat(timeline.get(17).toStatus()).isEqualTo(LoopStatus.CLOSED);

		assertThat(this.events.stream(ProblemRecorded.class)).hasSize(1);
		assertThat(this.events.stream(SuggestionAssigned.class)).hasSize(1);
		assertThat(this.events.stream(ReplyRecorded.class)).hasSize(2);
		assertThat(this.events.stream(SuggestionReturnedForRehandling.class)).hasSize(1);
		assertThat(this.events.stream(SuggestionClosed.class)).singleElement()
			.satisfies((e) -> assertThat(e.resultClass()).isEqualTo(ResultClass.A));
	}

	@Test
	void aClassBItemStaysOnTheFollowUpListUntilSolved() {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		s = this.replies.reply(new RecordReply(s.id(), s.version(), ResultClass.B, "列入明年计划", "答复", null, List.of()),
				this.f.staff);
		assertThat(s.rounds().get(0).reply().onBehalf()).isTrue();
		s = this.feedback.rate(new RateReply(s.id(), s.version(), Satisfaction.SATISFIED,
				Satisfaction.BASICALLY_SATISFIED, null, null), this.f.staff);
		assertThat(s.status()).isEqualTo(LoopStatus.CLOSED);
		assertThat(s.followUpPending()).isTrue();
		assertThat(s.actions()).contains(LoopAction.MARK_FOLLOW_UP_SOLVED);
		s = this.feedback.markFollowUpSolved(new HandlingCommands.MarkFollowUpSolved(s.id(), s.version(), "已完成"),
				this.f.staff);
		assertThat(s.followUpPending()).isFalse();
	}

	@Test
	void aUnitMayObjectOnTheTenthDayButNotTheEleventhAndTheOfficeReroutesKeepingTheDueDate() {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		this.clock.advanceDays(11);
		long v = s.version();
		assertThatThrownBy(() -> this.assignments.object(new HandlingCommands.ObjectToAssignment(s.id(), v, "不属于本单位职责"),
				this.f.leadUnitUser))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.objectionWindowClosed"));

		SuggestionDetail t = LoopScenarios.assigned(this.context, this.f, List.of());
		this.clock.setToday(t.assignedOn().plusDays(10));
		LocalDate dueBefore = t.dueOn();
		t = this.assignments.object(new HandlingCommands.ObjectToAssignment(t.id(), t.version(), "不属于本单位职责"),
				this.f.leadUnitUser);
		assertThat(t.assignments().get(0).status()).isEqualTo(AssignmentStatus.OBJECTED);
		Long objected = t.assignments().get(0).id();
		t = this.assignments.reroute(new HandlingCommands.RerouteAssignment(t.id(), t.version(), objected,
				this.f.spareUnit.getId(), "改由住建局办理"), this.f.staff);
		assertThat(t.dueOn()).isEqualTo(dueBefore);
		assertThat(t.status()).isEqualTo(LoopStatus.ASSIGNED);
		assertThat(t.assignments()).extracting(SuggestionDetail.AssignmentLine::status)
			.containsExactly(AssignmentStatus.REROUTED, AssignmentStatus.PENDING);
		assertThat(t.assignments().get(1).unitId()).isEqualTo(this.f.spareUnit.getId());
		assertThat(t.assignments().get(0).replacedById()).isEqualTo(t.assignments().get(1).id());
		Long tid = t.id();
		// the re-routed unit no longer sees the item; the new one does
		assertThatThrownBy(() -> this.suggestions.get(tid, this.f.leadUnitUser))
			.isInstanceOf(org.deputyaction.system.NotFoundException.class);
		assertThat(this.suggestions.get(tid, this.f.spareUnitUser).actions()).contains(LoopAction.SIGN_FOR,
				LoopAction.REPLY);
	}

	@Test
	void anExtensionNeverPassesTheCapAndOnlyOneIsOpenAtATime() {
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		long v = s.version();
		assertThatThrownBy(() -> this.supervision
			.requestExtension(new RequestExtension(s.id(), v, s.maxDueOn().plusDays(1), "太复杂"), this.f.leadUnitUser))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.extensionAfterMaximum"));
		SuggestionDetail t = this.supervision.requestExtension(new RequestExtension(s.id(), v, s.maxDueOn(), "太复杂"),
				this.f.leadUnitUser);
		long tv = t.version();
		assertThatThrownBy(() -> this.supervision
			.requestExtension(new RequestExtension(s.id(), tv, s.maxDueOn(), "再次申请"), this.f.staff))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.extensionAlreadyOpen"));
		Long requestId = t.extensions().get(0).id();
		assertThatThrownBy(() -> this.supervision.decideExtension(
				new DecideExtension(s.id(), tv, requestId, true, s.maxDueOn().plusDays(1), null), this.f.staff))
			.isInstanceOf(LoopRuleViolation.class);
	}

	@Test
	void anAttachmentOfAnotherTypeThanAllowedIsRefused() {
		byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThatThrownBy(
				() -> this.problems.record(
						new RecordProblem(LoopFixture.token(), this.f.station.getId(), "标题", "描述", ProblemSource.VISIT,
								START, null, null, List.of(new AttachmentUpload("photo.png", "image/png", script))),
						this.f.staff))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.attachmentTypeNotAllowed"));
	}

}
