package org.deputyaction.suggestion.internal;

import java.util.List;

import org.deputyaction.suggestion.Rating;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Ratings of replies.
 */
public interface RatingRepository extends JpaRepository<Rating, Long> {

	List<Rating> findBySuggestionIdOrderByIdAsc(Long suggestionId);

}
