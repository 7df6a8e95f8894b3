package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.HandlingCommands.GiveAssistingView;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.HandlingCommands.WaiveAssistingViews;
import org.deputyaction.suggestion.internal.AssistingViewRepository;
import org.deputyaction.suggestion.internal.ExtensionRequestRepository;
import org.deputyaction.suggestion.internal.HandlingRoundRepository;
import org.deputyaction.suggestion.internal.ReplyRepository;
import org.deputyaction.suggestion.internal.SuggestionRepository;
import org.deputyaction.suggestion.internal.UnitAssignmentRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Replies (答复): the assisting units give their views to the lead unit; the lead unit (or
 * staff on its behalf) replies with a result class once every assisting unit has given
 * its view in this round, unless the office waived the missing ones.
 */
@Service
@Validated
@Transactional
public class ReplyService {

	private final SuggestionRepository suggestions;

	private final UnitAssignmentRepository assignments;

	private final HandlingRoundRepository rounds;

	private final AssistingViewRepository views;

	private final ReplyRepository replies;

	private final ExtensionRequestRepository extensions;

	private final AttachmentStore store;

	private final UnitChecks units;

	private final LoopScope scope;

	private final LoopSupport support;

	private final SuggestionDetails details;

	ReplyService(SuggestionRepository suggestions, UnitAssignmentRepository assignments, HandlingRoundRepository rounds,
			AssistingViewRepository views, ReplyRepository replies, ExtensionRequestRepository extensions,
			AttachmentStore store, UnitChecks units, LoopScope scope, LoopSupport support, SuggestionDetails details) {
		this.suggestions = suggestions;
		this.assignments = assignments;
		this.rounds = rounds;
		this.views = views;
		this.replies = replies;
		this.extensions = extensions;
		this.store = store;
		this.units = units;
		this.scope = scope;
		this.support = support;
		this.details = details;
	}

	/**
	 * An assisting unit gives its view in this round (or staff record it for the unit).
	 */
	public SuggestionDetail giveAssistingView(@Valid GiveAssistingView command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		UnitAssignment assignment;
		if (user.is(Role.HANDLING_UNIT)) {
			assignment = this.units.ownAssignment(suggestion, user);
		}
		else {
			LoopScope.requireStaffOf(user, suggestion.getCountyId());
			if (command.unitId() == null) {
				throw new LoopRuleViolation("loop.rule.unitRequired");
			}
			assignment = this.units.activeAssignment(suggestion, command.unitId());
		}
		if (assignment.isLead()) {
			throw new LoopRuleViolation("loop.rule.viewOnlyByAssisting");
		}
		UnitChecks.requireBeingHandled(suggestion);
		HandlingRound round = currentRound(suggestion);
		if (this.views.existsByRoundIdAndUnitId(round.getId(), assignment.getUnitId())) {
			throw new LoopRuleViolation("loop.rule.viewAlreadyGiven");
		}
		this.views.save(new AssistingView(round.getId(), suggestion.getId(), assignment.getUnitId(),
				command.view().strip(), this.support.today(), this.support.now(), user.id()));
		return saved(suggestion, user, TimelineAction.ASSISTING_VIEW_GIVEN, suggestion.getStatus(),
				this.units.name(assignment.getUnitId()));
	}

	/** The office lets the lead unit reply without the missing views of this round. */
	public SuggestionDetail waiveAssistingViews(@Valid WaiveAssistingViews command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		UnitChecks.requireBeingHandled(suggestion);
		currentRound(suggestion).waiveViews(command.reason().strip());
		return saved(suggestion, user, TimelineAction.ASSISTING_VIEWS_WAIVED, suggestion.getStatus(),
				command.reason().strip());
	}

	/**
	 * The lead unit replies, or staff record its reply. Refused while an assisting unit's
	 * view is missing (unless waived) or the lead unit's objection is undecided.
	 */
	public SuggestionDetail reply(@Valid RecordReply command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		boolean onBehalf;
		UnitAssignment lead;
		if (user.is(Role.HANDLING_UNIT)) {
			lead = this.units.ownAssignment(suggestion, user);
			if (!lead.isLead()) {
				throw new LoopRuleViolation("loop.rule.replyOnlyByLead");
			}
			onBehalf = false;
		}
		else if (LoopScope.isStaffOf(user, suggestion.getCountyId())) {
			lead = this.units.activeAssignment(suggestion, suggestion.getLeadUnitId());
			onBehalf = true;
		}
		else {
			throw new AccessDeniedException("lead unit or staff only");
		}
		suggestion.getStatus().checkTransitionTo(LoopStatus.FED_BACK);
		if (lead.getStatus() == AssignmentStatus.OBJECTED) {
			throw new LoopRuleViolation("loop.rule.objectionUndecided");
		}
		HandlingRound round = currentRound(suggestion);
		List<String> missing = missingViews(suggestion, round);
		if (!missing.isEmpty()) {
			throw new LoopRuleViolation("loop.rule.assistingViewsMissing", String.join(", ", missing));
		}
		LocalDate today = this.support.today();
		LocalDate repliedOn = (command.repliedOn() != null) ? command.repliedOn() : today;
		if (repliedOn.isAfter(today) || repliedOn.isBefore(round.getStartedOn())) {
			throw new LoopRuleViolation("loop.rule.replyDateOutsideRound", repliedOn, round.getStartedOn());
		}
		if (lead.getStatus() == AssignmentStatus.PENDING) {
			lead.signFor(user.id(), this.support.now());
		}
		Reply reply = this.replies.save(new Reply(suggestion.getId(), round.getId(), lead.getUnitId(),
				command.resultClass(), command.measures().strip(), command.content().strip(), repliedOn,
				suggestion.getDueOn(), onBehalf, this.support.now(), user.id()));
		for (AttachmentUpload upload : command.attachments()) {
			this.store.store(null, suggestion.getId(), reply.getId(), upload, user);
		}
		this.extensions.findBySuggestionIdAndStatus(suggestion.getId(), ExtensionStatus.PENDING)
			.ifPresent((request) -> request.refuse(null, user.id(), this.support.now()));
		round.replied(repliedOn);
		LoopStatus before = suggestion.getStatus();
		suggestion.recordReply(command.resultClass(), repliedOn);
		this.support.publish(new ReplyRecorded(suggestion.getId(), reply.getId(), lead.getUnitId(),
				suggestion.getRound(), command.resultClass(), repliedOn, reply.isOnTime()));
		return saved(suggestion, user, TimelineAction.REPLIED, before,
				command.resultClass().name() + ": " + command.measures().strip());
	}

	private List<String> missingViews(Suggestion suggestion, HandlingRound round) {
		if (round.isViewsWaived()) {
			return List.of();
		}
		Set<Long> given = this.views.findByRoundIdOrderByIdAsc(round.getId())
			.stream()
			.map(AssistingView::getUnitId)
			.collect(Collectors.toSet());
		return this.assignments.findBySuggestionIdOrderByIdAsc(suggestion.getId())
			.stream()
			.filter(UnitAssignment::isActive)
			.filter((a) -> a.getRole() == AssignmentRole.ASSISTING)
			.filter((a) -> !given.contains(a.getUnitId()))
			.map((a) -> this.units.name(a.getUnitId()))
			.toList();
	}

	private HandlingRound currentRound(Suggestion suggestion) {
		return this.rounds.findBySuggestionIdAndNumber(suggestion.getId(), suggestion.getRound())
			.orElseThrow(() -> new IllegalStateException("no current round"));
	}

	private SuggestionDetail saved(Suggestion suggestion, CurrentUser user, TimelineAction action, LoopStatus from,
			String detail) {
		suggestion.touch(this.support.now());
		this.support.record(suggestion, user, action, from, detail);
		this.suggestions.flush();
		return this.details.of(suggestion, user);
	}

}
