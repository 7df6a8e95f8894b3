package org.deputyaction.suggestion.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.suggestion.Reply;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Replies per round.
 */
public interface ReplyRepository extends JpaRepository<Reply, Long> {

	Optional<Reply> findByRoundId(Long roundId);

	List<Reply> findBySuggestionIdOrderByIdAsc(Long suggestionId);

}
