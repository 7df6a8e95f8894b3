package org.deputyaction.suggestion.web.staff;

import java.time.LocalDateTime;

import org.deputyaction.suggestion.TimelineView;

/**
 * A timeline entry with its time in the prefecture's zone, as the pages show it.
 */
public record TimelineRow(TimelineView entry, LocalDateTime at) {

	static TimelineRow of(TimelineView entry) {
		return new TimelineRow(entry, Files.local(entry.occurredAt()));
	}

}
