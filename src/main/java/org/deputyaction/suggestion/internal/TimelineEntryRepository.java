package org.deputyaction.suggestion.internal;

import java.util.List;

import org.deputyaction.suggestion.TimelineEntry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Timeline entries of an item in time order.
 */
public interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByProblemIdOrderByOccurredAtAscIdAsc(Long problemId);

	/**
	 * A suggestion's own entries and those of the problems it was written up from.
	 */
	@Query("""
			select t from TimelineEntry t
			where t.suggestionId = :suggestionId
			   or t.problemId in (select p.id from Problem p where p.suggestionId = :suggestionId)
			order by t.occurredAt, t.id
			""")
	List<TimelineEntry> findForSuggestion(Long suggestionId);

}
