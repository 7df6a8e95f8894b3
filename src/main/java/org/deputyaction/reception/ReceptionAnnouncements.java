package org.deputyaction.reception;

import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.reception.ReceptionViews.Announcement;
import org.deputyaction.reception.internal.ReceptionQueries;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upcoming sessions that pages of other modules announce (the venue's public page,
 * the deputy's station page) through the fragments in {@code templates/reception}: one
 * statement, a few rows, only what is public (date, time, place, theme and the deputies'
 * names).
 */
@Component("receptionAnnouncements")
@Transactional(readOnly = true)
public class ReceptionAnnouncements {

	/** How many upcoming sessions a page announces. */
	public static final int LIMIT = 3;

	private final ReceptionQueries queries;

	private final ReceptionService service;

	ReceptionAnnouncements(ReceptionQueries queries, ReceptionService service) {
		this.queries = queries;
		this.service = service;
	}

	/** The venue's next sessions, for its public page. */
	public List<Announcement> forVenue(Long venueId) {
		if (venueId == null) {
			return List.of();
		}
		return this.queries.upcoming(venueId, this.service.today(), LIMIT);
	}

	/** The signed-in deputy's venue's next sessions, for their station page. */
	public List<Announcement> forMe() {
		return this.service.upcomingForMe(CurrentUser.get().orElse(null), LIMIT);
	}

}
