package org.deputyaction.reception;

import java.time.LocalDate;

/**
 * What a list of sessions asks for: county or venue (by code; checked against the user's
 * scope), kind, state, period and page.
 */
public record SessionFilter(String county, String venue, SessionKind kind, SessionState state, LocalDate from,
		LocalDate to, int page) {

	public static final int PAGE_SIZE = 25;

	public SessionFilter {
		county = blankToNull(county);
		venue = blankToNull(venue);
		page = Math.max(0, page);
	}

	public static SessionFilter all() {
		return new SessionFilter(null, null, null, null, null, null, 0);
	}

	public SessionFilter withState(SessionState state) {
		return new SessionFilter(this.county, this.venue, this.kind, state, this.from, this.to, 0);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
