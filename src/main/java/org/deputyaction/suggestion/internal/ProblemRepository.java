package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.deputyaction.suggestion.Problem;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Problems by request token and tracking number.
 */
public interface ProblemRepository extends JpaRepository<Problem, Long> {

	Optional<Problem> findByRequestToken(UUID requestToken);

	/**
	 * The problem, its row locked until the transaction ends: a command that changes it
	 * checks the version the user saw against the one no other command can change
	 * meanwhile, so parallel commands are refused as conflicts one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select x from Problem x where x.id = :id")
	Optional<Problem> findForUpdate(@Param("id") Long id);

	boolean existsByTrackingNumber(String trackingNumber);

	List<Problem> findBySuggestionIdOrderByIdAsc(Long suggestionId);

}
