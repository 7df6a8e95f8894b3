package org.deputyaction.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.deputyaction.account.UserAccount;

import org.deputyaction.notification.NotificationKind;
import org.deputyaction.suggestion.DeadlineCalendar;
import org.deputyaction.suggestion.DeadlineState;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopParties;
import org.deputyaction.suggestion.LoopPartiesService;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.SupervisionLevel;
import org.deputyaction.suggestion.SupervisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deadline watch: for every open item near its (extended) due date or past it, warns
 * its units (and, when overdue, the county's staff, and for key supervision the
 * prefecture office) once per due date, and lifts an item that stays overdue up the
 * supervision ladder. Runs on a schedule and whenever an item's due date is set or moves.
 * The scheduled run also gives the posting reminders ({@link PostingReminders}).
 */
@Component
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private final LoopPartiesService parties;

	private final LoopSettingsService settings;

	private final SupervisionService supervision;

	private final Recipients recipients;

	private final Notifier notifier;

	private final NotificationStore store;

	private final PostingReminders postingReminders;

	private final Clock clock;

	private final int keyAfterWorkingDays;

	private final int leaderLedAfterWorkingDays;

	DeadlineWatch(LoopPartiesService parties, LoopSettingsService settings, SupervisionService supervision,
			Recipients recipients, Notifier notifier, NotificationStore store, PostingReminders postingReminders,
			Clock clock,
			@Value("${deputyaction.notification.key-supervision-after-working-days:10}") int keyAfterWorkingDays,
			@Value("${deputyaction.notification.leader-led-after-working-days:20}") int leaderLedAfterWorkingDays) {
		this.parties = parties;
		this.settings = settings;
		this.supervision = supervision;
		this.recipients = recipients;
		this.notifier = notifier;
		this.store = store;
		this.postingReminders = postingReminders;
		this.clock = clock;
		this.keyAfterWorkingDays = keyAfterWorkingDays;
		this.leaderLedAfterWorkingDays = leaderLedAfterWorkingDays;
	}

	@Scheduled(cron = "${deputyaction.notification.watch-cron:0 30 6 * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		try {
			Result result = run(true);
			log.info("Deadline watch: {} items near-due or overdue, {} messages, {} items climbed the ladder",
					result.items(), result.messages(), result.climbed());
		}
		finally {
			PostingReminders.Result postings = this.postingReminders.run();
			log.info("Posting reminders: {} venues due, {} reminded in this run, {} messages", postings.venuesDue(),
					postings.venuesReminded(), postings.messages());
		}
	}

	/**
	 * Looks at every open item due by the near-due limit today; lifts overdue items up
	 * the ladder only when asked.
	 */
	public Result run(boolean climb) {
		LocalDate today = LocalDate.now(this.clock);
		LoopDeadlines deadlines = this.settings.deadlines();
		DeadlineCalendar workingDays = this.settings.workingDayCalendar();
		List<LoopParties> items = this.parties.openDueBy(deadlines.nearDueLimit(today));
		Set<String> given = this.store.warningsGiven(items.stream().map(LoopParties::suggestionId).toList());
		int messages = 0;
		int climbed = 0;
		for (LoopParties item : items) {
			Result one = watch(item, deadlines, (climb) ? workingDays : null, today, given);
			messages += one.messages();
			climbed += one.climbed();
		}
		return new Result(items.size(), messages, climbed);
	}

	/** Looks at one item, after it changed. */
	public Result runFor(Long suggestionId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.parties.of(suggestionId)
			.filter((item) -> item.status().isBeingHandled() && item.dueOn() != null)
			.map((item) -> watch(item, this.settings.deadlines(), this.settings.workingDayCalendar(), today, Set.of()))
			.orElse(new Result(0, 0, 0));
	}

	/**
	 * Warns about one item (unless the run already knows the warning was given) and, with
	 * a working-day calendar, lets it climb.
	 */
	private Result watch(LoopParties item, LoopDeadlines deadlines, DeadlineCalendar workingDays, LocalDate today,
			Set<String> given) {
		DeadlineState state = deadlines.state(item.dueOn(), today);
		if (state == DeadlineState.ON_TRACK) {
			return new Result(0, 0, 0);
		}
		String key = state.name() + ":" + item.suggestionId() + ":" + item.dueOn();
		int messages = 0;
		if (!given.contains(key)) {
			List<UserAccount> people = (state == DeadlineState.NEAR_DUE) ? this.recipients.ofUnits(item.activeUnitIds())
					: Recipients.union(this.recipients.ofUnits(item.activeUnitIds()),
							this.recipients.countyStaff(item.countyId()),
							item.supervisionLevel().isKey() ? this.recipients.prefectureOffice() : List.of());
			messages = this.notifier.aboutSuggestion(people, NotificationKind.valueOf(state.name()), key, item, null,
					item.dueOn());
			this.store.warningGiven(item.suggestionId(), state.name(), item.dueOn(), this.clock.instant());
		}
		boolean climbed = state == DeadlineState.OVERDUE && workingDays != null && climb(item, workingDays, today);
		return new Result(1, messages, climbed ? 1 : 0);
	}

	/**
	 * Lifts an item that stayed overdue: to key supervision after the first threshold, to
	 * leader-led after the second (working days after the due date), unless a person set
	 * its rung since the due date.
	 */
	private boolean climb(LoopParties item, DeadlineCalendar workingDays, LocalDate today) {
		long overdue = workingDays.daysBetween(item.dueOn(), today);
		SupervisionLevel target = SupervisionLevel.ORDINARY;
		if (overdue >= this.leaderLedAfterWorkingDays) {
			target = SupervisionLevel.LEADER_LED;
		}
		else if (overdue >= this.keyAfterWorkingDays) {
			target = SupervisionLevel.KEY;
		}
		if (!target.isAbove(item.supervisionLevel())
				|| item.levelSetByPersonSince(item.dueOn().plusDays(1), this.clock.getZone())) {
			return false;
		}
		try {
			return this.supervision.climbOverdue(item.suggestionId(), target);
		}
		catch (OptimisticLockingFailureException ex) {
			log.debug("Item {} changed while the watch lifted it; the next run looks again", item.suggestionId());
			return false;
		}
	}

	/** What one run did. */
	public record Result(int items, int messages, int climbed) {

	}

}
