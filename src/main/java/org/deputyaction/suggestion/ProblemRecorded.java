package org.deputyaction.suggestion;

/**
 * A problem was recorded at a home or station.
 */
public record ProblemRecorded(Long problemId, String trackingNumber, Long countyId, Long venueId, ProblemSource source,
		java.time.LocalDate foundOn) {

}
