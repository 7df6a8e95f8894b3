package org.deputyaction.suggestion;

import java.time.LocalDate;

/**
 * An extension was approved: the item is now due later.
 */
public record DueDateExtended(Long suggestionId, LocalDate previousDueOn, LocalDate dueOn) {

}
