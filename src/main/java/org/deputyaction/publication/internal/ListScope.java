package org.deputyaction.publication.internal;

/**
 * Whose items a list shows: one venue's, one county's or the whole prefecture's; and
 * whether items marked not public are included (only for the venue's own deputies).
 */
public record ListScope(Kind kind, Long id, boolean includeNonPublic) {

	public static ListScope venue(Long venueId) {
		return new ListScope(Kind.VENUE, venueId, false);
	}

	public static ListScope county(Long countyId) {
		return new ListScope(Kind.COUNTY, countyId, false);
	}

	public static ListScope prefecture(Long prefectureId) {
		return new ListScope(Kind.PREFECTURE, prefectureId, false);
	}

	public ListScope withNonPublic() {
		return new ListScope(this.kind, this.id, true);
	}

	public enum Kind {

		VENUE, COUNTY, PREFECTURE

	}

}
