package org.deputyaction.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deputyaction.account.UserAccount;
import org.deputyaction.publication.PostingDue;
import org.deputyaction.publication.PostingSchedule;

import org.springframework.stereotype.Component;

/**
 * Tells the county's staff and the venue's deputies that a home's or station's posting
 * (公示) of its three lists is due, once per venue and period ({@link PostingSchedule} says
 * which venues are due and the period). Runs with the deadline watch's daily run.
 */
@Component
public class PostingReminders {

	private final PostingSchedule schedule;

	private final Recipients recipients;

	private final Notifier notifier;

	private final NotificationStore store;

	private final Clock clock;

	PostingReminders(PostingSchedule schedule, Recipients recipients, Notifier notifier, NotificationStore store,
			Clock clock) {
		this.schedule = schedule;
		this.recipients = recipients;
		this.notifier = notifier;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Reminds every venue due today that was not yet reminded in its period: a bounded
	 * number of statements for the venues and their recipients, then the messages.
	 */
	public Result run() {
		List<PostingDue> due = this.schedule.dueToday();
		if (due.isEmpty()) {
			return new Result(0, 0, 0);
		}
		Set<String> given = this.store.postingRemindersGiven(due.stream().map(PostingDue::venueId).toList());
		List<PostingDue> untold = due.stream()
			.filter((venue) -> !given.contains(venue.venueId() + ":" + venue.periodStart()))
			.toList();
		if (untold.isEmpty()) {
			return new Result(due.size(), 0, 0);
		}
		Map<Long, List<UserAccount>> staff = this.recipients
			.countyStaffByCounty(untold.stream().map(PostingDue::countyId).distinct().toList());
		Map<Long, List<UserAccount>> deputies = this.recipients
			.deputiesByVenue(untold.stream().map(PostingDue::venueId).toList());
		int messages = 0;
		for (PostingDue venue : untold) {
			List<UserAccount> people = Recipients.union(staff.getOrDefault(venue.countyId(), List.of()),
					deputies.getOrDefault(venue.venueId(), List.of()));
			messages += this.notifier.aboutPosting(people, key(venue), venue);
			this.store.postingReminderGiven(venue.venueId(), venue.periodStart(), this.clock.instant());
		}
		return new Result(due.size(), untold.size(), messages);
	}

	/** The message key: one per venue and period, whatever the recipient. */
	static String key(PostingDue venue) {
		return "POSTING_DUE:" + venue.venueId() + ":" + venue.periodStart();
	}

	/**
	 * What one run did: the venues due, those reminded now (the others were reminded
	 * earlier in their period), the messages written.
	 */
	public record Result(int venuesDue, int venuesReminded, int messages) {

	}

}
