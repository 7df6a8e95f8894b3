package org.deputyaction.suggestion;

import java.util.List;

/**
 * A suggestion was written up (from the given problems, if any).
 */
public record SuggestionProposed(Long suggestionId, String number, Long countyId, Long venueId, Long leadDeputyId,
		List<Long> problemIds) {

}
