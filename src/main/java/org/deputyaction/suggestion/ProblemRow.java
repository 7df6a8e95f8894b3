package org.deputyaction.suggestion;

import java.time.LocalDate;

/**
 * One problem in the triage queue.
 */
public record ProblemRow(Long id, long version, String trackingNumber, String title, Long venueId, String venueName,
		ProblemSource source, LocalDate foundOn, LoopStatus status) {

}
