package org.deputyaction.suggestion;

import java.time.LocalDate;

import org.deputyaction.organization.AdministrativeLevel;

/**
 * One suggestion in a work queue or list: what a row of the table shows.
 */
public record QueueRow(Long id, long version, String number, String title, Long countyId, String countyName,
		Long venueId, String venueName, String categoryName, AdministrativeLevel level, String leadDeputyName,
		String leadUnitName, LoopStatus status, LocalDate proposedOn, LocalDate assignedOn, LocalDate dueOn,
		LocalDate repliedOn, ResultClass resultClass, LocalDate closedOn, boolean keySupervision, int round,
		DeadlineState deadlineState, SupervisionLevel supervisionLevel) {

}
