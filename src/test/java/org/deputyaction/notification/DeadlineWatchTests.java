package org.deputyaction.notification;

import java.time.LocalDate;
import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.notification.internal.DeadlineWatch;
import org.deputyaction.suggestion.AdminCommands.SaveHoliday;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HolidayKind;
import org.deputyaction.suggestion.HolidayService;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.suggestion.LoopScenarios;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.SupervisionLevel;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline watch at its edges: the day before the near-due window, its first day, the
 * due day, the day after; warnings once per due date; the ladder's climb counted in
 * working days across a holiday with a make-up working day (调休).
 */
@IntegrationTest
class DeadlineWatchTests {

	/** Due on a Tuesday just before the national-day holiday of that year. */
	static final LocalDate DUE = LocalDate.of(2031, 9, 30);

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	AssignmentService assignments;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	HolidayService holidays;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	JdbcTemplate jdbc;

	LoopFixture f;

	SuggestionDetail item;

	@BeforeEach
	void assignDueOnThirtiethOfSeptember() {
		this.f = LoopFixture.create(this.context);
		this.clock.setToday(LocalDate.of(2031, 8, 1));
		SuggestionDetail proposed = LoopScenarios.proposed(this.context, this.f);
		this.item = this.assignments.assign(new AssignSuggestion(proposed.id(), proposed.version(),
				this.f.leadUnit.getId(), List.of(this.f.assistingUnit.getId()), null, DUE), this.f.staff);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void nearDueStartsFifteenDaysBeforeTheDueDateAndReachesEachUnitOnce() {
		this.clock.setToday(DUE.minusDays(16));
		this.watch.runFor(this.item.id());
		assertThat(count(this.f.leadUnitUser, "NEAR_DUE")).isZero();

		this.clock.setToday(DUE.minusDays(15));
		this.watch.runFor(this.item.id());
		this.watch.runFor(this.item.id());
		assertThat(count(this.f.leadUnitUser, "NEAR_DUE")).isEqualTo(1);
		assertThat(count(this.f.assistingUnitUser, "NEAR_DUE")).isEqualTo(1);
		assertThat(count(this.f.staff, "NEAR_DUE")).isZero();

		this.clock.setToday(DUE);
		this.watch.runFor(this.item.id());
		assertThat(count(this.f.leadUnitUser, "NEAR_DUE")).isEqualTo(1);
		assertThat(count(this.f.leadUnitUser, "OVERDUE")).isZero();
	}

	@Test
	void overdueTheDayAfterTheDueDateWarnsUnitsAndCountyStaffOnce() {
		this.clock.setToday(DUE.plusDays(1));
		this.watch.runFor(this.item.id());
		this.watch.runFor(this.item.id());

		assertThat(count(this.f.leadUnitUser, "OVERDUE")).isEqualTo(1);
		assertThat(count(this.f.staff, "OVERDUE")).isEqualTo(1);
		assertThat(count(this.f.otherCountyStaff, "OVERDUE")).isZero();
		assertThat(level()).isEqualTo(SupervisionLevel.ORDINARY);
	}

	@Test
	void anItemOverdueForTenWorkingDaysClimbsToKeySupervisionCountingTheMakeUpWorkingDay() {
		for (int day = 1; day <= 7; day++) {
			save(LocalDate.of(2031, 10, day), HolidayKind.HOLIDAY);
		}
		save(LocalDate.of(2031, 10, 11), HolidayKind.MAKEUP_WORKDAY);

		this.clock.setToday(LocalDate.of(2031, 10, 17));
		this.watch.runFor(this.item.id());
		assertThat(level()).isEqualTo(SupervisionLevel.ORDINARY);

		this.clock.setToday(LocalDate.of(2031, 10, 20));
		this.watch.runFor(this.item.id());
		assertThat(level()).isEqualTo(SupervisionLevel.KEY);
		assertThat(count(this.f.leadUnitUser, "SUPERVISION_LEVEL")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from timeline_entry where suggestion_id = ? and action = 'SUPERVISION_LEVEL_KEY'",
				Integer.class, this.item.id()))
			.isEqualTo(1);

		this.watch.runFor(this.item.id());
		assertThat(count(this.f.leadUnitUser, "SUPERVISION_LEVEL")).isEqualTo(1);
	}

	private void save(LocalDate day, HolidayKind kind) {
		if (this.jdbc.queryForObject("select count(*) from holiday where day = ?", Integer.class, day) == 0) {
			this.holidays.save(new SaveHoliday(day, kind, "国庆"), this.f.admin);
		}
	}

	private SupervisionLevel level() {
		return SupervisionLevel.valueOf(this.jdbc
			.queryForObject("select supervision_level from suggestion where id = ?", String.class, this.item.id()));
	}

	private int count(CurrentUser user, String kind) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where recipient_user_id = ? and suggestion_id = ? and kind = ?",
				Integer.class, user.id(), this.item.id(), kind);
		return (count != null) ? count : 0;
	}

}
