package org.deputyaction.suggestion;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * Narrows a work queue: by state, venue, unit, category (a top-level category includes
 * its children), a date range on the queue's date (proposed, due, replied or closed;
 * proposed for the search), and words of the title or number. Every field is optional.
 */
public record QueueFilter(LoopStatus status, Long venueId, Long unitId, Long categoryId, LocalDate from, LocalDate to,
		@Size(max = 100) String text) {

	public static QueueFilter none() {
		return new QueueFilter(null, null, null, null, null, null, null);
	}

}
