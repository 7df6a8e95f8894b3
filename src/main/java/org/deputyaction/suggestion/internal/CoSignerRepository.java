package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.suggestion.CoSigner;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Co-signers of a suggestion.
 */
public interface CoSignerRepository extends JpaRepository<CoSigner, Long> {

	List<CoSigner> findBySuggestionIdOrderByIdAsc(Long suggestionId);

	Optional<CoSigner> findBySuggestionIdAndDeputyId(Long suggestionId, Long deputyId);

	boolean existsBySuggestionIdAndDeputyId(Long suggestionId, Long deputyId);

}
