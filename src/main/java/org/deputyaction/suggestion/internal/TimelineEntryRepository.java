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
	 * A suggestion's own entries and those of the problems it was written up from. Two
	 * branches of a union, so that each reads its own index (an {@code or} across the two
	 * made PostgreSQL read the whole table).
	 */
	@Query(nativeQuery = true, value = """
			select t.* from timeline_entry t where t.suggestion_id = :suggestionId
			union all
			select t.* from timeline_entry t join problem p on p.id = t.problem_id
			 where p.suggestion_id = :suggestionId
			   and (t.suggestion_id is null or t.suggestion_id <> :suggestionId)
			order by occurred_at, id
			""")
	List<TimelineEntry> findForSuggestion(Long suggestionId);

}
