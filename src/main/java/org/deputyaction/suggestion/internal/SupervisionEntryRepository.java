package org.deputyaction.suggestion.internal;

import java.util.List;

import org.deputyaction.suggestion.SupervisionEntry;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Urging and progress entries.
 */
public interface SupervisionEntryRepository extends JpaRepository<SupervisionEntry, Long> {

	List<SupervisionEntry> findBySuggestionIdOrderByRecordedAtAscIdAsc(Long suggestionId);

}
