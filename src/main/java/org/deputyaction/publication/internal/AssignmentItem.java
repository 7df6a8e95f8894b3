package org.deputyaction.publication.internal;

import java.time.LocalDate;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.DeadlineState;
import org.deputyaction.suggestion.LoopStatus;

/**
 * A row of the assignment list (交办清单); the deadline state is empty once the units have
 * replied.
 */
public record AssignmentItem(String number, String title, String venueName, AdministrativeLevel level, String leadUnit,
		List<String> assistingUnits, LocalDate assignedOn, LocalDate dueOn, String supervisor, boolean keySupervision,
		LoopStatus status, DeadlineState deadline, boolean publicVisible) {

	public AssignmentItem {
		assistingUnits = (assistingUnits != null) ? List.copyOf(assistingUnits) : List.of();
	}

}
