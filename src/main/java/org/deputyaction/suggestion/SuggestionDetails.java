package org.deputyaction.suggestion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.SuggestionDetail.AssignmentLine;
import org.deputyaction.suggestion.SuggestionDetail.CoSignerLine;
import org.deputyaction.suggestion.SuggestionDetail.ExtensionLine;
import org.deputyaction.suggestion.SuggestionDetail.ProblemLine;
import org.deputyaction.suggestion.SuggestionDetail.RatingLine;
import org.deputyaction.suggestion.SuggestionDetail.ReplyLine;
import org.deputyaction.suggestion.SuggestionDetail.RoundLine;
import org.deputyaction.suggestion.SuggestionDetail.SupervisionLine;
import org.deputyaction.suggestion.SuggestionDetail.ViewLine;
import org.deputyaction.suggestion.internal.AssistingViewRepository;
import org.deputyaction.suggestion.internal.AttachmentRepository;
import org.deputyaction.suggestion.internal.CoSignerRepository;
import org.deputyaction.suggestion.internal.ExtensionRequestRepository;
import org.deputyaction.suggestion.internal.HandlingRoundRepository;
import org.deputyaction.suggestion.internal.ProblemRepository;
import org.deputyaction.suggestion.internal.RatingRepository;
import org.deputyaction.suggestion.internal.ReplyRepository;
import org.deputyaction.suggestion.internal.SupervisionEntryRepository;
import org.deputyaction.suggestion.internal.UnitAssignmentRepository;

import org.springframework.stereotype.Component;

/**
 * Assembles a {@link SuggestionDetail}: one statement per kind of row, whatever the
 * item's history, and the actions the user may take now.
 */
@Component
class SuggestionDetails {

	private final CoSignerRepository coSigners;

	private final ProblemRepository problems;

	private final UnitAssignmentRepository assignments;

	private final HandlingRoundRepository rounds;

	private final AssistingViewRepository views;

	private final ReplyRepository replies;

	private final RatingRepository ratings;

	private final ExtensionRequestRepository extensions;

	private final SupervisionEntryRepository supervision;

	private final AttachmentRepository attachments;

	private final LoopReads reads;

	private final LoopSupport support;

	SuggestionDetails(CoSignerRepository coSigners, ProblemRepository problems, UnitAssignmentRepository assignments,
			HandlingRoundRepository rounds, AssistingViewRepository views, ReplyRepository replies,
			RatingRepository ratings, ExtensionRequestRepository extensions, SupervisionEntryRepository supervision,
			AttachmentRepository attachments, LoopReads reads, LoopSupport support) {
		this.coSigners = coSigners;
		this.problems = problems;
		this.assignments = assignments;
		this.rounds = rounds;
		this.views = views;
		this.replies = replies;
		this.ratings = ratings;
		this.extensions = extensions;
		this.supervision = supervision;
		this.attachments = attachments;
		this.reads = reads;
		this.support = support;
	}

	SuggestionDetail of(Suggestion s, CurrentUser user) {
		Long id = s.getId();
		List<CoSigner> coSigners = this.coSigners.findBySuggestionIdOrderByIdAsc(id);
		List<UnitAssignment> assignments = this.assignments.findBySuggestionIdOrderByIdAsc(id);
		List<HandlingRound> rounds = this.rounds.findBySuggestionIdOrderByNumberAsc(id);
		List<AssistingView> views = this.views.findBySuggestionIdOrderByIdAsc(id);
		List<Reply> replies = this.replies.findBySuggestionIdOrderByIdAsc(id);
		List<Rating> ratings = this.ratings.findBySuggestionIdOrderByIdAsc(id);
		List<ExtensionRequest> extensions = this.extensions.findBySuggestionIdOrderByIdAsc(id);
		List<SupervisionEntry> entries = this.supervision.findBySuggestionIdOrderByRecordedAtAscIdAsc(id);
		List<Attachment> files = this.attachments.findBySuggestionIdOrderByIdAsc(id);
		List<Problem> problems = this.problems.findBySuggestionIdOrderByIdAsc(id);

		Map<Long, String> deputies = this.reads.names("deputy",
				Stream.concat(Stream.of(s.getLeadDeputyId()), coSigners.stream().map(CoSigner::getDeputyId)).toList());
		Map<Long, String> units = this.reads.names("handling_unit",
				Stream
					.of(assignments.stream().map(UnitAssignment::getUnitId),
							extensions.stream().map(ExtensionRequest::getUnitId),
							entries.stream().map(SupervisionEntry::getUnitId))
					.flatMap((ids) -> ids)
					.toList());
		String countyName = this.reads.names("county", List.of(s.getCountyId())).get(s.getCountyId());
		String venueName = this.reads.names("venue", List.of(s.getVenueId())).get(s.getVenueId());
		String categoryName = this.reads.names("suggestion_category", List.of(s.getCategoryId()))
			.get(s.getCategoryId());

		List<AttachmentView> attachmentViews = files.stream().map(AttachmentView::of).toList();
		List<RoundLine> roundLines = new ArrayList<>();
		for (HandlingRound round : rounds) {
			List<ViewLine> roundViews = views.stream()
				.filter((view) -> Objects.equals(view.getRoundId(), round.getId()))
				.map((view) -> new ViewLine(view.getUnitId(), units.get(view.getUnitId()), view.getViewText(),
						view.getGivenOn()))
				.toList();
			Optional<Reply> reply = replies.stream()
				.filter((r) -> Objects.equals(r.getRoundId(), round.getId()))
				.findFirst();
			ReplyLine replyLine = reply
				.map((r) -> new ReplyLine(r.getId(), r.getUnitId(), units.get(r.getUnitId()), r.getResultClass(),
						r.getMeasures(), r.getContent(), r.getRepliedOn(), r.isOnTime(), r.isOnBehalf(),
						attachmentViews.stream().filter((a) -> Objects.equals(a.replyId(), r.getId())).toList()))
				.orElse(null);
			RatingLine ratingLine = reply
				.flatMap((r) -> ratings.stream().filter((g) -> Objects.equals(g.getReplyId(), r.getId())).findFirst())
				.map((g) -> new RatingLine(g.getHandlingWork(), g.getResult(), g.getComment(), g.getRatedOn(),
						g.isOnBehalf(), g.outcome()))
				.orElse(null);
			roundLines.add(new RoundLine(round.getNumber(), round.getStartedOn(), round.getDueOn(),
					round.getAssistingViewsDueOn(), round.isViewsWaived(), round.getViewsWaivedReason(), roundViews,
					replyLine, ratingLine));
		}

		Set<LoopAction> actions = actions(s, user, coSigners, assignments, rounds, views, extensions);
		LoopDeadlines deadlines = s.getStatus().isBeingHandled() ? this.support.deadlines() : null;
		return new SuggestionDetail(id, s.getVersion(), s.getNumber(), s.getTitle(), s.getContent(), s.getCountyId(),
				countyName, s.getVenueId(), venueName, s.getCategoryId(), categoryName, s.getLevel(),
				s.getCongressTerm(), s.getLeadDeputyId(), deputies.get(s.getLeadDeputyId()),
				coSigners.stream()
					.map((c) -> new CoSignerLine(c.getDeputyId(), deputies.get(c.getDeputyId()), c.isConfirmed()))
					.toList(),
				s.getStatus(), s.isPublicVisible(), s.isKeySupervision(), s.getKeySupervisionLeader(),
				s.getProposedOn(), s.getAssignedOn(), s.getFirstDueOn(), s.getDueOn(), s.getMaxDueOn(),
				(deadlines != null) ? s.deadlineState(deadlines, this.support.today()).orElse(null) : null,
				s.getRound(), s.getRepliedOn(), s.getResultClass(), s.getClosedOn(), s.isFollowUpPending(),
				s.getFollowUpSolvedOn(),
				problems.stream()
					.map((p) -> new ProblemLine(p.getId(), p.getTrackingNumber(), p.getTitle(), p.getSource(),
							p.getFoundOn()))
					.toList(),
				assignments.stream()
					.map((a) -> new AssignmentLine(a.getId(), a.getUnitId(), units.get(a.getUnitId()), a.getRole(),
							a.getStatus(), a.getAssignedOn(), a.getObjectionDeadline(), a.getSignedForAt(),
							a.getObjectionReason(), a.getObjectedAt(), a.getObjectionRefusalReason(),
							a.getRerouteReason(), a.getReplacedById()))
					.toList(),
				roundLines,
				extensions.stream()
					.map((e) -> new ExtensionLine(e.getId(), e.getUnitId(), units.get(e.getUnitId()),
							e.getCurrentDueOn(), e.getRequestedDueOn(), e.getReason(), e.getStatus(),
							e.getGrantedDueOn(), e.getDecisionReason(), e.getRequestedAt()))
					.toList(),
				entries.stream()
					.map((e) -> new SupervisionLine(e.getKind(), e.getUnitId(), units.get(e.getUnitId()),
							e.getRoundNumber(), e.getEntryText(), e.getEntryOn(), e.getRecordedAt()))
					.toList(),
				attachmentViews.stream().filter((a) -> a.replyId() == null).toList(), actions, s.getSupervisionLevel());
	}

	private Set<LoopAction> actions(Suggestion s, CurrentUser user, List<CoSigner> coSigners,
			List<UnitAssignment> assignments, List<HandlingRound> rounds, List<AssistingView> views,
			List<ExtensionRequest> extensions) {
		Set<LoopAction> actions = EnumSet.noneOf(LoopAction.class);
		LoopStatus status = s.getStatus();
		boolean staff = LoopScope.isStaffOf(user, s.getCountyId());
		boolean lead = user.is(Role.DEPUTY) && user.deputyId() != null
				&& Objects.equals(user.deputyId(), s.getLeadDeputyId());
		boolean handled = status.isBeingHandled();
		Optional<UnitAssignment> own = assignments.stream()
			.filter(UnitAssignment::isActive)
			.filter((a) -> user.is(Role.HANDLING_UNIT) && Objects.equals(a.getUnitId(), user.unitId()))
			.findFirst();
		Optional<HandlingRound> round = rounds.stream().filter((r) -> r.getNumber() == s.getRound()).findFirst();
		Set<Long> viewsGiven = round
			.map((r) -> views.stream()
				.filter((v) -> Objects.equals(v.getRoundId(), r.getId()))
				.map(AssistingView::getUnitId)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
		boolean viewsComplete = round.map(HandlingRound::isViewsWaived).orElse(false) || assignments.stream()
			.filter(UnitAssignment::isActive)
			.filter((a) -> a.getRole() == AssignmentRole.ASSISTING)
			.allMatch((a) -> viewsGiven.contains(a.getUnitId()));
		boolean pendingExtension = extensions.stream().anyMatch((e) -> e.getStatus() == ExtensionStatus.PENDING);

		if (status == LoopStatus.PROPOSED) {
			if (staff || lead) {
				actions.add(LoopAction.EDIT);
			}
			if (staff) {
				actions.add(LoopAction.ASSIGN);
			}
			if (user.is(Role.DEPUTY) && user.deputyId() != null && !lead && coSigners.stream()
				.noneMatch((c) -> Objects.equals(c.getDeputyId(), user.deputyId()) && c.isConfirmed())) {
				actions.add(LoopAction.CO_SIGN);
			}
		}
		if (staff) {
			actions.add(LoopAction.CHANGE_PUBLICATION);
			if (!status.isTerminal()) {
				actions.add(LoopAction.MARK_KEY_SUPERVISION);
			}
			if (s.isFollowUpPending()) {
				actions.add(LoopAction.MARK_FOLLOW_UP_SOLVED);
			}
		}
		if ((staff || lead) && !status.isTerminal()) {
			actions.add(LoopAction.ATTACH);
		}
		if (handled) {
			if (staff) {
				actions.add(LoopAction.URGE);
				actions.add(LoopAction.REPORT_PROGRESS);
				if (assignments.stream().anyMatch((a) -> a.getStatus() == AssignmentStatus.OBJECTED)) {
					actions.add(LoopAction.DECIDE_OBJECTION);
				}
				if (pendingExtension) {
					actions.add(LoopAction.DECIDE_EXTENSION);
				}
				else {
					actions.add(LoopAction.REQUEST_EXTENSION);
				}
				if (!viewsComplete) {
					actions.add(LoopAction.WAIVE_ASSISTING_VIEWS);
				}
				if (viewsComplete) {
					actions.add(LoopAction.REPLY);
				}
			}
			own.ifPresent((a) -> {
				actions.add(LoopAction.REPORT_PROGRESS);
				if (a.getStatus() == AssignmentStatus.PENDING) {
					actions.add(LoopAction.SIGN_FOR);
				}
				if ((a.getStatus() == AssignmentStatus.PENDING || a.getStatus() == AssignmentStatus.SIGNED_FOR)
						&& a.getObjectionRefusedAt() == null
						&& !this.support.today().isAfter(a.getObjectionDeadline())) {
					actions.add(LoopAction.OBJECT);
				}
				if (a.isLead() && !pendingExtension) {
					actions.add(LoopAction.REQUEST_EXTENSION);
				}
				if (a.isLead() && viewsComplete && a.getStatus() != AssignmentStatus.OBJECTED) {
					actions.add(LoopAction.REPLY);
				}
				if (!a.isLead() && !viewsGiven.contains(a.getUnitId())) {
					actions.add(LoopAction.GIVE_ASSISTING_VIEW);
				}
			});
		}
		if (status == LoopStatus.FED_BACK && (staff || lead)) {
			actions.add(LoopAction.RATE);
		}
		return actions;
	}

}
