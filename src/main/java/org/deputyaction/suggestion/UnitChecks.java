package org.deputyaction.suggestion;

import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.suggestion.internal.UnitAssignmentRepository;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which units an office may assign to, and which assignment a unit acts through.
 */
@Component
class UnitChecks {

	private final HandlingUnitRepository units;

	private final UnitAssignmentRepository assignments;

	UnitChecks(HandlingUnitRepository units, UnitAssignmentRepository assignments) {
		this.units = units;
		this.assignments = assignments;
	}

	/**
	 * An active unit the user may assign the item to: any for the prefecture office; for
	 * county staff, the county's own units and the prefecture's departments.
	 */
	HandlingUnit assignable(Long unitId, Suggestion suggestion, CurrentUser user) {
		HandlingUnit unit = this.units.findById(unitId)
			.filter(HandlingUnit::isActive)
			.orElseThrow(() -> new LoopRuleViolation("loop.rule.unknownUnit"));
		if (user.is(Role.COUNTY_STAFF) && unit.getLevel() != AdministrativeLevel.PREFECTURE
				&& (unit.getCounty() == null || !Objects.equals(unit.getCounty().getId(), suggestion.getCountyId()))) {
			throw new LoopRuleViolation("loop.rule.unitOutsideCounty", unit.getName());
		}
		return unit;
	}

	String name(Long unitId) {
		return this.units.findById(unitId).map(HandlingUnit::getName).orElse(null);
	}

	/**
	 * The acting unit's active assignment to the item; only units act through one.
	 */
	UnitAssignment ownAssignment(Suggestion suggestion, CurrentUser user) {
		if (!user.is(Role.HANDLING_UNIT) || user.unitId() == null) {
			throw new AccessDeniedException("handling units only");
		}
		return this.assignments
			.findBySuggestionIdAndUnitIdAndStatusNot(suggestion.getId(), user.unitId(), AssignmentStatus.REROUTED)
			.orElseThrow(org.deputyaction.system.OutOfScopeException::new);
	}

	/**
	 * The unit's active assignment to the item, when staff act for a unit.
	 */
	UnitAssignment activeAssignment(Suggestion suggestion, Long unitId) {
		return this.assignments
			.findBySuggestionIdAndUnitIdAndStatusNot(suggestion.getId(), unitId, AssignmentStatus.REROUTED)
			.orElseThrow(() -> new LoopRuleViolation("loop.rule.unitNotAssigned"));
	}

	static void requireBeingHandled(Suggestion suggestion) {
		if (!suggestion.getStatus().isBeingHandled()) {
			throw new LoopRuleViolation("loop.rule.notBeingHandled", suggestion.getStatus().messageKey());
		}
	}

}
