package org.deputyaction.suggestion;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopDeadlinesTests {

	static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 3, 2);

	final LoopDeadlines calendar = new LoopDeadlines(LoopRules.defaults(), DeadlineCalendar.calendarDays());

	final LoopDeadlines working = new LoopDeadlines(new LoopRules(3, 10, 6, 1, 15, 30, DeadlineCounting.WORKING_DAYS),
			DeadlineCalendar.workingDays(DeadlineCalendarTests.OCTOBER));

	@Test
	void defaultsAreThoseOfTheRules() {
		assertThat(LoopRules.defaults()).isEqualTo(new LoopRules(3, 10, 6, 1, 15, 30, DeadlineCounting.CALENDAR_DAYS));
	}

	@Test
	void dueDateIsThreeMonthsAfterAssignmentAndTheCapSix() {
		assertThat(this.calendar.defaultDueDate(ASSIGNED_ON)).isEqualTo(LocalDate.of(2026, 6, 2));
		assertThat(this.calendar.maxDueDate(ASSIGNED_ON)).isEqualTo(LocalDate.of(2026, 9, 2));
	}

	@Test
	void objectionIsAllowedOnTheTenthDayAndRefusedOnTheEleventh() {
		LocalDate deadline = this.calendar.objectionDeadline(ASSIGNED_ON);
		assertThat(deadline).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(this.calendar.mayObject(deadline, ASSIGNED_ON.plusDays(10))).isTrue();
		assertThat(this.calendar.mayObject(deadline, ASSIGNED_ON.plusDays(11))).isFalse();
		assertThat(this.calendar.mayObject(deadline, ASSIGNED_ON)).isTrue();
	}

	@Test
	void objectionWindowCountsWorkingDaysAcrossTheHolidayAndTheMakeUpDay() {
		// assigned Friday 25 September: the tenth working day is Wednesday 14 October
		LocalDate deadline = this.working.objectionDeadline(LocalDate.of(2026, 9, 25));
		assertThat(deadline).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(this.working.mayObject(deadline, LocalDate.of(2026, 10, 14))).isTrue();
		assertThat(this.working.mayObject(deadline, LocalDate.of(2026, 10, 15))).isFalse();
	}

	@Test
	void nearDueAtFifteenDaysAndNotAtSixteen() {
		LocalDate today = LocalDate.of(2026, 5, 1);
		assertThat(this.calendar.state(today.plusDays(15), today)).isEqualTo(DeadlineState.NEAR_DUE);
		assertThat(this.calendar.state(today.plusDays(16), today)).isEqualTo(DeadlineState.ON_TRACK);
		assertThat(this.calendar.state(today, today)).isEqualTo(DeadlineState.NEAR_DUE);
		assertThat(this.calendar.state(today.minusDays(1), today)).isEqualTo(DeadlineState.OVERDUE);
	}

	@Test
	void nearDueCountsWorkingDaysWhenTheSettingsSaySo() {
		// from 30 September, 15 working days run to 27 October (1-7 October off, 10th
		// worked)
		LocalDate today = LocalDate.of(2026, 9, 30);
		assertThat(this.working.nearDueLimit(today)).isEqualTo(LocalDate.of(2026, 10, 27));
		assertThat(this.working.state(LocalDate.of(2026, 10, 27), today)).isEqualTo(DeadlineState.NEAR_DUE);
		assertThat(this.working.state(LocalDate.of(2026, 10, 28), today)).isEqualTo(DeadlineState.ON_TRACK);
	}

	@Test
	void anExtensionMustMoveLaterAndNeverPassTheCap() {
		LocalDate due = this.calendar.defaultDueDate(ASSIGNED_ON);
		LocalDate max = this.calendar.maxDueDate(ASSIGNED_ON);
		assertThatNoException().isThrownBy(() -> this.calendar.checkExtension(due, max, max));
		assertThatThrownBy(() -> this.calendar.checkExtension(due, max.plusDays(1), max)).isInstanceOfSatisfying(
				LoopRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.extensionAfterMaximum"));
		assertThatThrownBy(() -> this.calendar.checkExtension(due, due, max)).isInstanceOfSatisfying(
				LoopRuleViolation.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.extensionNotLater"));
	}

	@Test
	void aDueDateSetAtAssignmentMustFallAfterItAndWithinTheCap() {
		assertThatNoException().isThrownBy(() -> this.calendar.checkDueDate(ASSIGNED_ON, ASSIGNED_ON.plusDays(1)));
		assertThatThrownBy(() -> this.calendar.checkDueDate(ASSIGNED_ON, ASSIGNED_ON))
			.isInstanceOf(LoopRuleViolation.class);
		assertThatThrownBy(() -> this.calendar.checkDueDate(ASSIGNED_ON, LocalDate.of(2026, 9, 3)))
			.isInstanceOf(LoopRuleViolation.class);
	}

	@Test
	void reHandlingIsDueOneMonthAfterTheRatingAndAssistingViewsThirtyDaysAfterTheStart() {
		assertThat(this.calendar.rehandlingDueDate(LocalDate.of(2026, 6, 10))).isEqualTo(LocalDate.of(2026, 7, 10));
		assertThat(this.calendar.assistingViewsDueDate(ASSIGNED_ON)).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void theCapCannotBeShorterThanTheDuePeriod() {
		assertThat(new LoopRules(6, 10, 3, 1, 15, 30, DeadlineCounting.CALENDAR_DAYS).isMaxNotBeforeDue()).isFalse();
		assertThat(LoopRules.defaults().isMaxNotBeforeDue()).isTrue();
	}

}
