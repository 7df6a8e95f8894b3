package org.deputyaction.suggestion;

import java.time.LocalDate;

/**
 * An unsatisfied rating sent the item back for another round.
 */
public record SuggestionReturnedForRehandling(Long suggestionId, int round, LocalDate dueOn) {

}
