package org.deputyaction.suggestion;

import java.time.LocalDate;

/**
 * The loop of a suggestion is finished (办结).
 */
public record SuggestionClosed(Long suggestionId, String number, Long countyId, LocalDate closedOn,
		ResultClass resultClass, boolean followUpPending) {

}
