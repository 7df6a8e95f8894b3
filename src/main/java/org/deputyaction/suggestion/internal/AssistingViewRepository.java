package org.deputyaction.suggestion.internal;

import java.util.List;

import org.deputyaction.suggestion.AssistingView;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Assisting units' views per round.
 */
public interface AssistingViewRepository extends JpaRepository<AssistingView, Long> {

	List<AssistingView> findByRoundIdOrderByIdAsc(Long roundId);

	List<AssistingView> findBySuggestionIdOrderByIdAsc(Long suggestionId);

	boolean existsByRoundIdAndUnitId(Long roundId, Long unitId);

}
