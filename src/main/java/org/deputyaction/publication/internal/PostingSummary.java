package org.deputyaction.publication.internal;

import java.time.LocalDate;

/**
 * A posting in the list of a venue's postings.
 */
public record PostingSummary(int number, LocalDate postedOn, int suggestions, int assignments, int results) {

}
