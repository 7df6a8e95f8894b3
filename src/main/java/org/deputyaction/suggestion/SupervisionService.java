package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.HandlingCommands.ChangeSupervisionLevel;
import org.deputyaction.suggestion.HandlingCommands.DecideExtension;
import org.deputyaction.suggestion.HandlingCommands.MarkKeySupervision;
import org.deputyaction.suggestion.HandlingCommands.ReportProgress;
import org.deputyaction.suggestion.HandlingCommands.RequestExtension;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.internal.ExtensionRequestRepository;
import org.deputyaction.suggestion.internal.SuggestionRepository;
import org.deputyaction.suggestion.internal.SupervisionEntryRepository;
import org.deputyaction.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Supervision (督办): urging, progress reports, extensions (approved by the office, never
 * past the cap) and key supervision. Any of them opens supervision of an assigned item.
 */
@Service
@Validated
@Transactional
public class SupervisionService {

	private final SuggestionRepository suggestions;

	private final SupervisionEntryRepository entries;

	private final ExtensionRequestRepository extensions;

	private final UnitChecks units;

	private final LoopScope scope;

	private final LoopSupport support;

	private final SuggestionDetails details;

	SupervisionService(SuggestionRepository suggestions, SupervisionEntryRepository entries,
			ExtensionRequestRepository extensions, UnitChecks units, LoopScope scope, LoopSupport support,
			SuggestionDetails details) {
		this.suggestions = suggestions;
		this.entries = entries;
		this.extensions = extensions;
		this.units = units;
		this.scope = scope;
		this.support = support;
		this.details = details;
	}

	/** Staff urge a unit of the item (the lead unit unless another is named). */
	public SuggestionDetail urge(@Valid Urge command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		UnitChecks.requireBeingHandled(suggestion);
		Long unitId = (command.unitId() != null) ? command.unitId() : suggestion.getLeadUnitId();
		this.units.activeAssignment(suggestion, unitId);
		LoopStatus before = suggestion.getStatus();
		suggestion.supervise();
		SupervisionEntry entry = this.entries
			.save(new SupervisionEntry(suggestion.getId(), SupervisionKind.URGING, unitId, suggestion.getRound(),
					command.text().strip(), this.support.today(), this.support.now(), user.id()));
		this.support.publish(new SuggestionUrged(suggestion.getId(), unitId, entry.getId(), command.text().strip()));
		return saved(suggestion, user, TimelineAction.URGED, before,
				this.units.name(unitId) + ": " + command.text().strip());
	}

	/** A unit reports progress on its own assignment, or staff record it for a unit. */
	public SuggestionDetail reportProgress(@Valid ReportProgress command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		Long unitId = actingUnit(suggestion, command.unitId(), user);
		UnitChecks.requireBeingHandled(suggestion);
		LoopStatus before = suggestion.getStatus();
		suggestion.supervise();
		this.entries.save(new SupervisionEntry(suggestion.getId(), SupervisionKind.PROGRESS_REPORT, unitId,
				suggestion.getRound(), command.text().strip(), this.support.today(), this.support.now(), user.id()));
		return saved(suggestion, user, TimelineAction.PROGRESS_REPORTED, before,
				((unitId != null) ? this.units.name(unitId) + ": " : "") + command.text().strip());
	}

	/**
	 * The lead unit (or staff for it) asks for a later due date: later than now, not past
	 * the cap, and only one request open at a time.
	 */
	public SuggestionDetail requestExtension(@Valid RequestExtension command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		if (user.is(Role.HANDLING_UNIT)) {
			UnitAssignment own = this.units.ownAssignment(suggestion, user);
			LoopScope.require(own.isLead());
		}
		else {
			LoopScope.requireStaffOf(user, suggestion.getCountyId());
		}
		UnitChecks.requireBeingHandled(suggestion);
		if (this.extensions.findBySuggestionIdAndStatus(suggestion.getId(), ExtensionStatus.PENDING).isPresent()) {
			throw new LoopRuleViolation("loop.rule.extensionAlreadyOpen");
		}
		this.support.deadlines()
			.checkExtension(suggestion.getDueOn(), command.requestedDueOn(), suggestion.getMaxDueOn());
		LoopStatus before = suggestion.getStatus();
		suggestion.supervise();
		this.extensions.save(new ExtensionRequest(suggestion.getId(), suggestion.getLeadUnitId(), suggestion.getDueOn(),
				command.requestedDueOn(), command.reason().strip(), this.support.now(), user.id()));
		return saved(suggestion, user, TimelineAction.EXTENSION_REQUESTED, before,
				command.requestedDueOn() + ": " + command.reason().strip());
	}

	/**
	 * The office approves the open request, setting the final date (the requested one
	 * when none is given), or refuses it.
	 */
	public SuggestionDetail decideExtension(@Valid DecideExtension command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		ExtensionRequest request = this.extensions.findById(command.extensionRequestId())
			.filter((e) -> Objects.equals(e.getSuggestionId(), suggestion.getId()))
			.orElseThrow(NotFoundException::new);
		String reason = (command.reason() != null) ? command.reason().strip() : "";
		LoopStatus before = suggestion.getStatus();
		if (!command.approve()) {
			request.refuse(reason, user.id(), this.support.now());
			return saved(suggestion, user, TimelineAction.EXTENSION_REFUSED, before, reason);
		}
		UnitChecks.requireBeingHandled(suggestion);
		LocalDate granted = (command.grantedDueOn() != null) ? command.grantedDueOn() : request.getRequestedDueOn();
		this.support.deadlines().checkExtension(suggestion.getDueOn(), granted, suggestion.getMaxDueOn());
		LocalDate previous = suggestion.getDueOn();
		request.approve(granted, reason, user.id(), this.support.now());
		suggestion.supervise();
		suggestion.extendDueTo(granted);
		this.support.publish(new DueDateExtended(suggestion.getId(), previous, granted));
		return saved(suggestion, user, TimelineAction.EXTENSION_APPROVED, before,
				previous + " → " + granted + (reason.isEmpty() ? "" : ": " + reason));
	}

	/**
	 * Staff mark key supervision (重点督办) with the responsible leader, or clear it. Marking
	 * an assigned item opens its supervision.
	 */
	public SuggestionDetail markKeySupervision(@Valid MarkKeySupervision command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		if (suggestion.getStatus().isTerminal()) {
			throw new LoopRuleViolation("loop.rule.itemClosed");
		}
		if (command.keySupervision() && (command.leader() == null || command.leader().isBlank())) {
			throw new LoopRuleViolation("loop.rule.keySupervisionLeaderRequired");
		}
		LoopStatus before = suggestion.getStatus();
		if (command.keySupervision() && suggestion.getStatus() == LoopStatus.ASSIGNED) {
			suggestion.supervise();
		}
		SupervisionLevel levelBefore = suggestion.getSupervisionLevel();
		suggestion.markKeySupervision(command.keySupervision(),
				command.keySupervision() ? command.leader().strip() : null);
		if (suggestion.getSupervisionLevel() != levelBefore) {
			suggestion.changeSupervisionLevel(suggestion.getSupervisionLevel(), null, user.id(), this.support.now());
			this.support.publish(new SupervisionLevelChanged(suggestion.getId(), levelBefore,
					suggestion.getSupervisionLevel(), user.id()));
		}
		return saved(suggestion, user,
				command.keySupervision() ? TimelineAction.KEY_SUPERVISION_MARKED
						: TimelineAction.KEY_SUPERVISION_CLEARED,
				before, command.keySupervision() ? command.leader().strip() : null);
	}

	/**
	 * Staff move an open item up or down the supervision ladder; the key and leader-led
	 * rungs need the responsible leader (the one already named stays).
	 */
	public SuggestionDetail changeSupervisionLevel(@Valid ChangeSupervisionLevel command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		if (suggestion.getStatus().isTerminal()) {
			throw new LoopRuleViolation("loop.rule.itemClosed");
		}
		boolean leaderGiven = command.leader() != null && !command.leader().isBlank();
		if (command.level().isKey() && !leaderGiven && suggestion.getKeySupervisionLeader() == null) {
			throw new LoopRuleViolation("loop.rule.keySupervisionLeaderRequired");
		}
		SupervisionLevel from = suggestion.getSupervisionLevel();
		if (from == command.level() && !leaderGiven) {
			throw new LoopRuleViolation("loop.rule.supervisionLevelUnchanged");
		}
		LoopStatus before = suggestion.getStatus();
		if (command.level().isKey() && suggestion.getStatus() == LoopStatus.ASSIGNED) {
			suggestion.supervise();
		}
		suggestion.changeSupervisionLevel(command.level(), command.leader(), user.id(), this.support.now());
		this.support.publish(new SupervisionLevelChanged(suggestion.getId(), from, command.level(), user.id()));
		return saved(suggestion, user, TimelineAction.supervisionLevel(command.level()), before,
				suggestion.getKeySupervisionLeader());
	}

	/**
	 * The deadline watch lifts an item that stayed overdue one or more rungs, as the
	 * system (no user); it never lowers one. Returns whether the item moved.
	 */
	public boolean climbOverdue(Long suggestionId, SupervisionLevel level) {
		Suggestion suggestion = this.suggestions.findById(suggestionId).orElseThrow(NotFoundException::new);
		if (!suggestion.getStatus().isBeingHandled() || !level.isAbove(suggestion.getSupervisionLevel())) {
			return false;
		}
		SupervisionLevel from = suggestion.getSupervisionLevel();
		LoopStatus before = suggestion.getStatus();
		suggestion.supervise();
		suggestion.changeSupervisionLevel(level, null, null, this.support.now());
		suggestion.touch(this.support.now());
		this.support.record(suggestion, null, TimelineAction.supervisionLevel(level), before, null);
		this.support.publish(new SupervisionLevelChanged(suggestion.getId(), from, level, null));
		this.suggestions.flush();
		return true;
	}

	private Long actingUnit(Suggestion suggestion, Long unitId, CurrentUser user) {
		if (user.is(Role.HANDLING_UNIT)) {
			return this.units.ownAssignment(suggestion, user).getUnitId();
		}
		if (!LoopScope.isStaffOf(user, suggestion.getCountyId())) {
			throw new AccessDeniedException("staff or units only");
		}
		if (unitId != null) {
			this.units.activeAssignment(suggestion, unitId);
		}
		return unitId;
	}

	private SuggestionDetail saved(Suggestion suggestion, CurrentUser user, TimelineAction action, LoopStatus from,
			String detail) {
		suggestion.touch(this.support.now());
		this.support.record(suggestion, user, action, from, detail);
		this.suggestions.flush();
		return this.details.of(suggestion, user);
	}

}
