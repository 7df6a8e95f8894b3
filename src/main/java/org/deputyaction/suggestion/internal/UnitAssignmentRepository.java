package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.suggestion.AssignmentStatus;
import org.deputyaction.suggestion.UnitAssignment;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Units' assignments, active or re-routed.
 */
public interface UnitAssignmentRepository extends JpaRepository<UnitAssignment, Long> {

	List<UnitAssignment> findBySuggestionIdOrderByIdAsc(Long suggestionId);

	Optional<UnitAssignment> findBySuggestionIdAndUnitIdAndStatusNot(Long suggestionId, Long unitId,
			AssignmentStatus status);

	boolean existsBySuggestionIdAndUnitIdAndStatusNot(Long suggestionId, Long unitId, AssignmentStatus status);

}
