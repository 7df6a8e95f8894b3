package org.deputyaction.suggestion.internal;

import java.util.Optional;
import java.util.UUID;

import org.deputyaction.suggestion.Suggestion;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Suggestions by request token.
 */
public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

	Optional<Suggestion> findByRequestToken(UUID requestToken);

	/**
	 * The suggestion, its row locked until the transaction ends: a command that changes
	 * it checks the version the user saw against the one no other command can change
	 * meanwhile, so parallel commands are refused as conflicts one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select x from Suggestion x where x.id = :id")
	Optional<Suggestion> findForUpdate(@Param("id") Long id);

}
