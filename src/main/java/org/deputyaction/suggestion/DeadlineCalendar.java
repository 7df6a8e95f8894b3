package org.deputyaction.suggestion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * Counts deadlines in calendar days, or in working days: Monday to Friday, less public
 * holidays, plus the weekend days worked instead (调休). Months are calendar months; in
 * working-day counting a deadline that falls on a day off moves to the next working day.
 */
public final class DeadlineCalendar {

	private final DeadlineCounting counting;

	private final Map<LocalDate, HolidayKind> days;

	private DeadlineCalendar(DeadlineCounting counting, Map<LocalDate, HolidayKind> days) {
		this.counting = counting;
		this.days = Map.copyOf(days);
	}

	public static DeadlineCalendar calendarDays() {
		return new DeadlineCalendar(DeadlineCounting.CALENDAR_DAYS, Map.of());
	}

	/**
	 * A working-day calendar with the given holidays and make-up working days.
	 */
	public static DeadlineCalendar workingDays(Map<LocalDate, HolidayKind> days) {
		return new DeadlineCalendar(DeadlineCounting.WORKING_DAYS, days);
	}

	public static DeadlineCalendar of(DeadlineCounting counting, Map<LocalDate, HolidayKind> days) {
		return (counting == DeadlineCounting.WORKING_DAYS) ? workingDays(days) : calendarDays();
	}

	public DeadlineCounting counting() {
		return this.counting;
	}

	/**
	 * Whether people work on that day: a make-up working day always, a holiday never,
	 * otherwise Monday to Friday.
	 */
	public boolean isWorkingDay(LocalDate day) {
		HolidayKind kind = this.days.get(day);
		if (kind != null) {
			return kind == HolidayKind.MAKEUP_WORKDAY;
		}
		DayOfWeek dayOfWeek = day.getDayOfWeek();
		return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
	}

	/**
	 * The day {@code days} days after {@code start}, counting calendar or working days
	 * (in working days: the {@code days}-th working day after {@code start}).
	 */
	public LocalDate plusDays(LocalDate start, int days) {
		Assert.isTrue(days >= 0, "days must not be negative");
		if (this.counting == DeadlineCounting.CALENDAR_DAYS) {
			return start.plusDays(days);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The same day {@code months} months after {@code start} (the month's last day when
	 * shorter); in working-day counting moved forward to a working day.
	 */
	public LocalDate plusMonths(LocalDate start, int months) {
		Assert.isTrue(months >= 0, "months must not be negative");
		LocalDate day = start.plusMonths(months);
		if (this.counting == DeadlineCounting.WORKING_DAYS) {
			while (!isWorkingDay(day)) {
				day = day.plusDays(1);
			}
		}
		return day;
	}

	/**
	 * How many days from {@code from} (exclusive) to {@code to} (inclusive), counted as
	 * this calendar counts; negative when {@code to} is before {@code from}.
	 */
	public long daysBetween(LocalDate from, LocalDate to) {
		if (this.counting == DeadlineCounting.CALENDAR_DAYS) {
			return ChronoUnit.DAYS.between(from, to);
		}
		if (to.isBefore(from)) {
			return -daysBetween(to, from);
		}
		long count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
