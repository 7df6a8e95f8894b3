package org.deputyaction.publication;

import java.time.LocalDate;

import org.deputyaction.organization.VenueKind;

/**
 * A home or station whose posting is due: its last posting (none when it never posted)
 * and the period the reminder belongs to, which starts on the day the posting fell due
 * (for a venue that never posted, on the first day of the current calendar period).
 */
public record PostingDue(Long venueId, String code, VenueKind kind, String name, Long countyId, Integer lastNumber,
		LocalDate lastPostedOn, LocalDate periodStart) {

	/**
	 * The venue's public page, where its county's staff publish the posting.
	 */
	public String publicPath() {
		return "/public/" + this.kind.pathSegment() + "/" + this.code;
	}

	public boolean neverPosted() {
		return this.lastPostedOn == null;
	}

}
