package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.suggestion.ExtensionStatus;
import org.deputyaction.suggestion.ExtensionRequest;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Extension requests; one pending per suggestion.
 */
public interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

	Optional<ExtensionRequest> findBySuggestionIdAndStatus(Long suggestionId, ExtensionStatus status);

	List<ExtensionRequest> findBySuggestionIdOrderByIdAsc(Long suggestionId);

}
