package org.deputyaction.suggestion.internal;

import java.util.Optional;
import java.util.UUID;

import org.deputyaction.suggestion.Suggestion;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Suggestions by request token.
 */
public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

	Optional<Suggestion> findByRequestToken(UUID requestToken);

}
