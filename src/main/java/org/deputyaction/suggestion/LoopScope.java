package org.deputyaction.suggestion;

import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.internal.CoSignerRepository;
import org.deputyaction.suggestion.internal.ProblemRepository;
import org.deputyaction.suggestion.internal.SuggestionRepository;
import org.deputyaction.suggestion.internal.UnitAssignmentRepository;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.OutOfScopeException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which item, and who may act on it. County staff see their county; a deputy the
 * items of their home or station and those they lead or co-sign; a handling unit what is
 * assigned to it (not re-routed away); the prefecture office (and administrators, read
 * only) everything. What a user may not see is not found.
 */
@Component
class LoopScope {

	private final ProblemRepository problems;

	private final SuggestionRepository suggestions;

	private final CoSignerRepository coSigners;

	private final UnitAssignmentRepository assignments;

	LoopScope(ProblemRepository problems, SuggestionRepository suggestions, CoSignerRepository coSigners,
			UnitAssignmentRepository assignments) {
		this.problems = problems;
		this.suggestions = suggestions;
		this.coSigners = coSigners;
		this.assignments = assignments;
	}

	Problem problem(Long id, CurrentUser user) {
		Problem problem = this.problems.findById(id).orElseThrow(NotFoundException::new);
		if (!maySee(problem, user)) {
			throw new OutOfScopeException();
		}
		return problem;
	}

	Suggestion suggestion(Long id, CurrentUser user) {
		Suggestion suggestion = this.suggestions.findById(id).orElseThrow(NotFoundException::new);
		if (!maySee(suggestion, user)) {
			throw new OutOfScopeException();
		}
		return suggestion;
	}

	/**
	 * The suggestion a command acts on, in scope and at the version the user saw, locked
	 * for the rest of the command's transaction.
	 */
	Suggestion suggestion(Long id, long expectedVersion, CurrentUser user) {
		Suggestion suggestion = this.suggestions.findForUpdate(id).orElseThrow(NotFoundException::new);
		if (!maySee(suggestion, user)) {
			throw new OutOfScopeException();
		}
		checkVersion(suggestion, expectedVersion);
		return suggestion;
	}

	Problem problem(Long id, long expectedVersion, CurrentUser user) {
		Problem problem = this.problems.findForUpdate(id).orElseThrow(NotFoundException::new);
		if (!maySee(problem, user)) {
			throw new OutOfScopeException();
		}
		if (problem.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException(Problem.class, id, expectedVersion, problem.getVersion());
		}
		return problem;
	}

	static void checkVersion(Suggestion suggestion, long expectedVersion) {
		if (suggestion.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException(Suggestion.class, suggestion.getId(), expectedVersion,
					suggestion.getVersion());
		}
	}

	boolean maySee(Problem problem, CurrentUser user) {
		return switch (user.role()) {
			case ADMIN, PREFECTURE_OFFICE -> true;
			case COUNTY_STAFF -> Objects.equals(user.countyId(), problem.getCountyId());
			case DEPUTY -> Objects.equals(user.venueId(), problem.getVenueId())
					|| (user.deputyId() != null && Objects.equals(user.deputyId(), problem.getRecordedByDeputyId()));
			case HANDLING_UNIT -> false;
		};
	}

	boolean maySee(Suggestion suggestion, CurrentUser user) {
		return switch (user.role()) {
			case ADMIN, PREFECTURE_OFFICE -> true;
			case COUNTY_STAFF -> Objects.equals(user.countyId(), suggestion.getCountyId());
			case DEPUTY -> Objects.equals(user.venueId(), suggestion.getVenueId())
					|| (user.deputyId() != null && (Objects.equals(user.deputyId(), suggestion.getLeadDeputyId())
							|| this.coSigners.existsBySuggestionIdAndDeputyId(suggestion.getId(), user.deputyId())));
			case HANDLING_UNIT ->
				user.unitId() != null && this.assignments.existsBySuggestionIdAndUnitIdAndStatusNot(suggestion.getId(),
						user.unitId(), AssignmentStatus.REROUTED);
		};
	}

	/**
	 * Whether the user works for the congress office over this county: its county staff
	 * or the prefecture office.
	 */
	static boolean isStaffOf(CurrentUser user, Long countyId) {
		return user.is(Role.PREFECTURE_OFFICE)
				|| (user.is(Role.COUNTY_STAFF) && Objects.equals(user.countyId(), countyId));
	}

	static void requireStaffOf(CurrentUser user, Long countyId) {
		if (!isStaffOf(user, countyId)) {
			throw new AccessDeniedException("staff only");
		}
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("not allowed");
		}
	}

}
