package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.deputyaction.suggestion.Problem;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Problems by request token and tracking number.
 */
public interface ProblemRepository extends JpaRepository<Problem, Long> {

	Optional<Problem> findByRequestToken(UUID requestToken);

	boolean existsByTrackingNumber(String trackingNumber);

	List<Problem> findBySuggestionIdOrderByIdAsc(Long suggestionId);

}
