package org.deputyaction.suggestion.internal;

import java.util.List;

import org.deputyaction.suggestion.SuggestionCategory;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Suggestion categories.
 */
public interface SuggestionCategoryRepository extends JpaRepository<SuggestionCategory, Long> {

	List<SuggestionCategory> findAllByOrderBySortOrderAscIdAsc();

	boolean existsByCode(String code);

}
