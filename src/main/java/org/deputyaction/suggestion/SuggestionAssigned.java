package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * A suggestion was assigned to its lead and assisting units.
 */
public record SuggestionAssigned(Long suggestionId, String number, Long countyId, Long leadUnitId,
		List<Long> assistingUnitIds, LocalDate assignedOn, LocalDate dueOn) {

}
