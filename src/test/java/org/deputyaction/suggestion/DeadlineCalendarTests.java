package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCalendarTests {

	/**
	 * A National Day week like those of recent years: 1 to 7 October off, Sunday 27
	 * September and Saturday 10 October worked instead.
	 */
	static final Map<LocalDate, HolidayKind> OCTOBER = Map.of(LocalDate.of(2026, 10, 1), HolidayKind.HOLIDAY,
			LocalDate.of(2026, 10, 2), HolidayKind.HOLIDAY, LocalDate.of(2026, 10, 5), HolidayKind.HOLIDAY,
			LocalDate.of(2026, 10, 6), HolidayKind.HOLIDAY, LocalDate.of(2026, 10, 7), HolidayKind.HOLIDAY,
			LocalDate.of(2026, 9, 27), HolidayKind.MAKEUP_WORKDAY, LocalDate.of(2026, 10, 10),
			HolidayKind.MAKEUP_WORKDAY);

	final DeadlineCalendar working = DeadlineCalendar.workingDays(OCTOBER);

	@Test
	void calendarDaysCountEveryDay() {
		DeadlineCalendar calendar = DeadlineCalendar.calendarDays();
		assertThat(calendar.plusDays(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.daysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 8))).isEqualTo(10);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
	}

	@Test
	void workingDaysSkipWeekendsAndHolidaysButCountMakeUpWorkingDays() {
		// Friday 25 September 2026; Saturday 26 off, Sunday 27 worked instead (调休)
		LocalDate friday = LocalDate.of(2026, 9, 25);
		assertThat(this.working.isWorkingDay(LocalDate.of(2026, 9, 26))).isFalse();
		assertThat(this.working.isWorkingDay(LocalDate.of(2026, 9, 27))).isTrue();
		assertThat(this.working.plusDays(friday, 1)).isEqualTo(LocalDate.of(2026, 9, 27));
		// 27, 28, 29, 30 September, then 1-7 October off (8 is Thursday), 8, 9, 10
		// (Saturday worked)
		assertThat(this.working.plusDays(friday, 4)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(this.working.plusDays(friday, 5)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(this.working.plusDays(friday, 7)).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(this.working.plusDays(friday, 8)).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void workingDaysBetweenCountsOnlyWorkingDaysAndIsNegativeBackwards() {
		LocalDate from = LocalDate.of(2026, 9, 30);
		LocalDate to = LocalDate.of(2026, 10, 12);
		assertThat(this.working.daysBetween(from, to)).isEqualTo(4);
		assertThat(this.working.daysBetween(to, from)).isEqualTo(-4);
		assertThat(DeadlineCalendar.calendarDays().daysBetween(from, to)).isEqualTo(12);
	}

	@Test
	void monthsAreCalendarMonthsMovedToTheNextWorkingDayWhenCountingWorkingDays() {
		// 1 July + 3 months = 1 October, a holiday: the deadline moves to Thursday 8
		// October
		assertThat(this.working.plusMonths(LocalDate.of(2026, 7, 1), 3)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(DeadlineCalendar.calendarDays().plusMonths(LocalDate.of(2026, 7, 1), 3))
			.isEqualTo(LocalDate.of(2026, 10, 1));
		// 31 August + 1 month ends on 30 September
		assertThat(DeadlineCalendar.calendarDays().plusMonths(LocalDate.of(2026, 8, 31), 1))
			.isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void zeroDaysIsTheSameDay() {
		LocalDate day = LocalDate.of(2026, 10, 3);
		assertThat(this.working.plusDays(day, 0)).isEqualTo(day);
		assertThat(DeadlineCalendar.calendarDays().plusDays(day, 0)).isEqualTo(day);
	}

}
