package org.deputyaction.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.internal.HolidayRepository;
import org.deputyaction.suggestion.internal.LoopSettingsRepository;
import org.deputyaction.suggestion.internal.TimelineEntryRepository;
import org.deputyaction.system.ShortLivedCache;
import org.deputyaction.system.ShortLivedCaches;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every service of the loop needs: the clock, the deadline rules of the current
 * settings and holidays, the timeline and the event publisher.
 */
@Component
class LoopSupport {

	private final Clock clock;

	private final LoopSettingsRepository settings;

	private final HolidayRepository holidays;

	private final TimelineEntryRepository timeline;

	private final ApplicationEventPublisher events;

	private final ShortLivedCaches caches;

	/**
	 * The deadline rules, read by every page that shows a deadline's state: kept until
	 * the loop, the settings or the holiday table change on this node
	 * ({@link #changed()}).
	 */
	private final ShortLivedCache<Boolean, LoopDeadlines> deadlines;

	LoopSupport(Clock clock, LoopSettingsRepository settings, HolidayRepository holidays,
			TimelineEntryRepository timeline, ApplicationEventPublisher events, ShortLivedCaches caches) {
		this.clock = clock;
		this.settings = settings;
		this.holidays = holidays;
		this.timeline = timeline;
		this.events = events;
		this.caches = caches;
		this.deadlines = caches.create(1);
	}

	/**
	 * The settings or the holiday table changed: the deadlines, and everything kept that
	 * shows a deadline's state, are read again.
	 */
	void changed() {
		this.caches.forget();
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	LoopSettings settings() {
		return this.settings.findBySingletonTrue().orElseThrow(() -> new IllegalStateException("no loop settings"));
	}

	/**
	 * The deadline rules now: one statement for the settings, and one for the holidays
	 * when deadlines count working days.
	 */
	LoopDeadlines deadlines() {
		return this.deadlines.get(Boolean.TRUE, this::readDeadlines);
	}

	private LoopDeadlines readDeadlines() {
		LoopRules rules = settings().rules();
		if (rules.counting() == DeadlineCounting.CALENDAR_DAYS) {
			return new LoopDeadlines(rules, DeadlineCalendar.calendarDays());
		}
		Map<LocalDate, HolidayKind> days = this.holidays.findAll()
			.stream()
			.collect(Collectors.toMap(Holiday::getDay, Holiday::getKind));
		return new LoopDeadlines(rules, DeadlineCalendar.workingDays(days));
	}

	DeadlineCalendar workingDayCalendar() {
		Map<LocalDate, HolidayKind> days = this.holidays.findAll()
			.stream()
			.collect(Collectors.toMap(Holiday::getDay, Holiday::getKind));
		return DeadlineCalendar.workingDays(days);
	}

	void record(Problem problem, CurrentUser user, TimelineAction action, LoopStatus from, LoopStatus to,
			String detail) {
		this.timeline.save(new TimelineEntry(null, problem.getId(), now(), userId(user), actorName(user),
				actorRole(user), action, from, to, detail));
		this.events.publishEvent(new LoopChanged(null, problem.getId()));
	}

	void record(Suggestion suggestion, CurrentUser user, TimelineAction action, LoopStatus from, String detail) {
		this.timeline.save(new TimelineEntry(suggestion.getId(), null, now(), userId(user), actorName(user),
				actorRole(user), action, from, suggestion.getStatus(), detail));
		this.events.publishEvent(new LoopChanged(suggestion.getId(), null));
	}

	void publish(Object event) {
		this.events.publishEvent(event);
	}

	static Long userId(CurrentUser user) {
		return (user != null) ? user.id() : null;
	}

	private static String actorName(CurrentUser user) {
		return (user != null) ? user.displayName() : null;
	}

	private static String actorRole(CurrentUser user) {
		return (user != null) ? user.role().name() : null;
	}

}
