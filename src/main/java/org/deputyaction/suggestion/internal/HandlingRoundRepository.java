package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.suggestion.HandlingRound;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Handling rounds of a suggestion.
 */
public interface HandlingRoundRepository extends JpaRepository<HandlingRound, Long> {

	Optional<HandlingRound> findBySuggestionIdAndNumber(Long suggestionId, int number);

	List<HandlingRound> findBySuggestionIdOrderByNumberAsc(Long suggestionId);

}
