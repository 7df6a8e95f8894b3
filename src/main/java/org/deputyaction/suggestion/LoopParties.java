package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who an item concerns and where it stands, for those who tell people about it: its
 * county and station, lead deputy, the units with an active assignment, and its due date
 * and rung on the supervision ladder.
 *
 * @param activeUnitIds the lead unit first, then assisting units whose assignment is
 * active
 */
public record LoopParties(Long suggestionId, String number, String title, Long countyId, Long venueId,
		Long leadDeputyId, Long leadUnitId, List<Long> activeUnitIds, LoopStatus status, LocalDate dueOn,
		SupervisionLevel supervisionLevel, Instant supervisionLevelChangedAt, Long supervisionLevelChangedBy) {

	public LoopParties {
		activeUnitIds = List.copyOf(activeUnitIds);
	}

	/** Whether a person set the ladder's rung on or after the given day. */
	public boolean levelSetByPersonSince(LocalDate day, java.time.ZoneId zone) {
		return this.supervisionLevelChangedBy != null && this.supervisionLevelChangedAt != null
				&& !this.supervisionLevelChangedAt.atZone(zone).toLocalDate().isBefore(day);
	}

}
