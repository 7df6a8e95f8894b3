package org.deputyaction.reporting;

import java.time.LocalDate;

/**
 * One suggestion behind a figure, with what the office needs to see at a glance.
 */
public record ReportItem(Long id, String number, String title, String countyName, String venueName, String unitName,
		String status, LocalDate proposedOn, LocalDate assignedOn, LocalDate dueOn, LocalDate repliedOn,
		LocalDate closedOn, String resultClass, String lastRating, boolean keySupervision, String supervisionLevel) {

	/** The rung of the supervision ladder, as a message key. */
	public String supervisionLevelKey() {
		return "loop.supervisionLevel." + ((this.supervisionLevel != null) ? this.supervisionLevel : "ORDINARY");
	}

	public String statusKey() {
		return "loop.status." + this.status;
	}

}
