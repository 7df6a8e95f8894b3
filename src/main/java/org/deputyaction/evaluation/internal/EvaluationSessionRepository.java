package org.deputyaction.evaluation.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationSessionRepository extends JpaRepository<EvaluationSession, Long> {

	Optional<EvaluationSession> findByCode(String code);

	boolean existsByCode(String code);

	/**
	 * The evaluation a rating goes to, locked so that the per-address cap holds exactly.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from EvaluationSession e where e.code = ?1")
	Optional<EvaluationSession> lockByCode(String code);

	List<EvaluationSession> findBySuggestionIdOrderByOpenedAtDescIdDesc(Long suggestionId);

}
