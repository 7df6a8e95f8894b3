package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.ObjectToAssignment;
import org.deputyaction.suggestion.HandlingCommands.RefuseObjection;
import org.deputyaction.suggestion.HandlingCommands.RerouteAssignment;
import org.deputyaction.suggestion.HandlingCommands.SignFor;
import org.deputyaction.suggestion.internal.HandlingRoundRepository;
import org.deputyaction.suggestion.internal.SuggestionRepository;
import org.deputyaction.suggestion.internal.UnitAssignmentRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Assignment (交办): the office assigns a lead unit and assisting units with a due date;
 * each unit signs for its assignment or objects within the window; the office re-routes
 * or refuses the objection, and the clock keeps running.
 */
@Service
@Validated
@Transactional
public class AssignmentService {

	private final SuggestionRepository suggestions;

	private final UnitAssignmentRepository assignments;

	private final HandlingRoundRepository rounds;

	private final UnitChecks units;

	private final LoopScope scope;

	private final LoopSupport support;

	private final SuggestionDetails details;

	AssignmentService(SuggestionRepository suggestions, UnitAssignmentRepository assignments,
			HandlingRoundRepository rounds, UnitChecks units, LoopScope scope, LoopSupport support,
			SuggestionDetails details) {
		this.suggestions = suggestions;
		this.assignments = assignments;
		this.rounds = rounds;
		this.units = units;
		this.scope = scope;
		this.support = support;
		this.details = details;
	}

	/** Staff assign a proposed suggestion; round 1 starts on the assignment date. */
	public SuggestionDetail assign(@Valid AssignSuggestion command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		if (suggestion.getStatus() != LoopStatus.PROPOSED) {
			// ASSIGNED to ASSIGNED is legal for re-routing, never for a second assignment
			throw new LoopRuleViolation("loop.rule.assignOnlyWhenProposed", suggestion.getStatus().messageKey());
		}
		Set<Long> assisting = new LinkedHashSet<>(command.assistingUnitIds());
		if (assisting.contains(command.leadUnitId())) {
			throw new LoopRuleViolation("loop.rule.leadAlsoAssisting");
		}
		HandlingUnit lead = this.units.assignable(command.leadUnitId(), suggestion, user);
		List<HandlingUnit> helpers = new ArrayList<>();
		for (Long unitId : assisting) {
			helpers.add(this.units.assignable(unitId, suggestion, user));
		}
		LocalDate today = this.support.today();
		LocalDate assignedOn = (command.assignedOn() != null) ? command.assignedOn() : today;
		if (assignedOn.isAfter(today)) {
			throw new LoopRuleViolation("loop.rule.assignedInFuture", assignedOn);
		}
		if (assignedOn.isBefore(suggestion.getProposedOn())) {
			throw new LoopRuleViolation("loop.rule.assignedBeforeProposed", suggestion.getProposedOn());
		}
		LoopDeadlines deadlines = this.support.deadlines();
		LocalDate dueOn = (command.dueOn() != null) ? command.dueOn() : deadlines.defaultDueDate(assignedOn);
		deadlines.checkDueDate(assignedOn, dueOn);
		LoopStatus before = suggestion.getStatus();
		suggestion.assign(lead.getId(), assignedOn, dueOn, deadlines.maxDueDate(assignedOn), user.id());
		LocalDate objectionDeadline = deadlines.objectionDeadline(assignedOn);
		this.assignments.save(new UnitAssignment(suggestion.getId(), lead.getId(), AssignmentRole.LEAD, assignedOn,
				objectionDeadline, user.id(), null));
		for (HandlingUnit helper : helpers) {
			this.assignments.save(new UnitAssignment(suggestion.getId(), helper.getId(), AssignmentRole.ASSISTING,
					assignedOn, objectionDeadline, user.id(), null));
		}
		this.rounds.save(new HandlingRound(suggestion.getId(), 1, assignedOn, dueOn,
				deadlines.assistingViewsDueDate(assignedOn)));
		String detail = lead.getName()
				+ (helpers.isEmpty() ? ""
						: " + " + String.join(", ", helpers.stream().map(HandlingUnit::getName).toList()))
				+ " → " + dueOn;
		this.support
			.publish(new SuggestionAssigned(suggestion.getId(), suggestion.getNumber(), suggestion.getCountyId(),
					lead.getId(), helpers.stream().map(HandlingUnit::getId).toList(), assignedOn, dueOn));
		return saved(suggestion, user, TimelineAction.ASSIGNED, before, detail);
	}

	/** A unit signs for its own assignment. */
	public SuggestionDetail signFor(@Valid SignFor command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		UnitAssignment assignment = this.units.ownAssignment(suggestion, user);
		UnitChecks.requireBeingHandled(suggestion);
		assignment.signFor(user.id(), this.support.now());
		return saved(suggestion, user, TimelineAction.SIGNED_FOR, suggestion.getStatus(),
				this.units.name(assignment.getUnitId()));
	}

	/**
	 * A unit objects to its own assignment, at the latest on the last day of the window.
	 */
	public SuggestionDetail object(@Valid ObjectToAssignment command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		UnitAssignment assignment = this.units.ownAssignment(suggestion, user);
		UnitChecks.requireBeingHandled(suggestion);
		assignment.object(command.reason().strip(), this.support.today(), user.id(), this.support.now());
		this.support.publish(new AssignmentObjected(suggestion.getId(), assignment.getId(), assignment.getUnitId()));
		return saved(suggestion, user, TimelineAction.OBJECTED, suggestion.getStatus(),
				this.units.name(assignment.getUnitId()) + ": " + command.reason().strip());
	}

	/**
	 * The office re-routes an objected assignment to another unit in the same role. The
	 * new unit's objection window starts today; the item's due date does not move.
	 */
	public SuggestionDetail reroute(@Valid RerouteAssignment command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		UnitAssignment objected = objected(suggestion, command.assignmentId());
		HandlingUnit unit = this.units.assignable(command.newUnitId(), suggestion, user);
		if (this.assignments.existsBySuggestionIdAndUnitIdAndStatusNot(suggestion.getId(), unit.getId(),
				AssignmentStatus.REROUTED)) {
			throw new LoopRuleViolation("loop.rule.unitAlreadyAssigned", unit.getName());
		}
		LoopStatus before = suggestion.getStatus();
		if (objected.isLead()) {
			suggestion.rerouteLeadTo(unit.getId());
		}
		else {
			suggestion.stay();
		}
		objected.reroutedTo(null, command.reason().strip(), this.support.now());
		this.assignments.flush();
		LocalDate today = this.support.today();
		UnitAssignment replacement = this.assignments
			.save(new UnitAssignment(suggestion.getId(), unit.getId(), objected.getRole(), today,
					this.support.deadlines().objectionDeadline(today), user.id(), objected.getId()));
		objected.replacedBy(replacement.getId());
		this.support.publish(
				new AssignmentRerouted(suggestion.getId(), objected.getUnitId(), unit.getId(), objected.getRole()));
		return saved(suggestion, user, TimelineAction.REROUTED, before,
				this.units.name(objected.getUnitId()) + " → " + unit.getName() + ": " + command.reason().strip());
	}

	/** The office refuses an objection: the unit keeps its assignment. */
	public SuggestionDetail refuseObjection(@Valid RefuseObjection command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		UnitAssignment objected = objected(suggestion, command.assignmentId());
		objected.refuseObjection(command.reason().strip(), this.support.now());
		return saved(suggestion, user, TimelineAction.OBJECTION_REFUSED, suggestion.getStatus(),
				this.units.name(objected.getUnitId()) + ": " + command.reason().strip());
	}

	private UnitAssignment objected(Suggestion suggestion, Long assignmentId) {
		UnitAssignment assignment = this.assignments.findById(assignmentId)
			.filter((a) -> Objects.equals(a.getSuggestionId(), suggestion.getId()))
			.orElseThrow(org.deputyaction.system.NotFoundException::new);
		if (assignment.getStatus() != AssignmentStatus.OBJECTED) {
			throw new LoopRuleViolation("loop.rule.noObjection");
		}
		return assignment;
	}

	private SuggestionDetail saved(Suggestion suggestion, CurrentUser user, TimelineAction action, LoopStatus from,
			String detail) {
		suggestion.touch(this.support.now());
		this.support.record(suggestion, user, action, from, detail);
		this.suggestions.flush();
		return this.details.of(suggestion, user);
	}

}
