package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A problem as its page shows it. The voter's contact is filled only for users who may
 * see it (staff, and deputies of the venue unless a voter wrote in online), never for
 * public pages. Online problems may be marked as spam by their county's staff.
 */
public record ProblemView(Long id, long version, String trackingNumber, Long countyId, String countyName, Long venueId,
		String venueName, String title, String description, ProblemSource source, LocalDate foundOn, String contactName,
		String contactPhone, LoopStatus status, String outcomeReason, Long mergedIntoId,
		String mergedIntoTrackingNumber, Long suggestionId, String suggestionNumber, LoopStatus suggestionStatus,
		Instant recordedAt, List<AttachmentView> attachments, boolean mayTriage, boolean spam, Instant spamMarkedAt,
		boolean mayMarkSpam) {

	/** The status to show: once written up, the suggestion's. */
	public LoopStatus shownStatus() {
		return (this.suggestionStatus != null) ? this.suggestionStatus : this.status;
	}

}
