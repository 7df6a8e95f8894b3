package org.deputyaction.publication.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.deputyaction.organization.VenueKind;

/**
 * One posting as it was published: the venue's names at the time and the three lists.
 */
public record PostingView(String venueCode, VenueKind kind, int number, LocalDate postedOn, Instant postedAt,
		String venueName, String countyName, String townshipName, List<SuggestionItem> suggestions,
		List<AssignmentItem> assignments, List<ResultItem> results) {

	/** The live page's path. */
	public String livePath() {
		return "/public/" + this.kind.pathSegment() + "/" + this.venueCode;
	}

	/** This posting's path. */
	public String path() {
		return livePath() + "/postings/" + this.number;
	}

}
