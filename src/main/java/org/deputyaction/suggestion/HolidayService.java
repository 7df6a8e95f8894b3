package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.AdminCommands.SaveHoliday;
import org.deputyaction.suggestion.internal.HolidayRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The holiday table that working-day deadlines count with: public holidays and make-up
 * working days (调休), kept by administrators year by year.
 */
@Service
@Validated
@Transactional
public class HolidayService {

	private final HolidayRepository holidays;

	private final LoopSupport support;

	HolidayService(HolidayRepository holidays, LoopSupport support) {
		this.holidays = holidays;
		this.support = support;
	}

	@Transactional(readOnly = true)
	public List<Holiday> year(int year) {
		return this.holidays.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Enters a day, or changes the kind and name of a day already entered. */
	public Holiday save(@Valid SaveHoliday command, CurrentUser user) {
		LoopScope.require(user.is(Role.ADMIN));
		this.support.changed();
		Holiday holiday = this.holidays.findByDay(command.day()).orElse(null);
		if (holiday == null) {
			return this.holidays.saveAndFlush(new Holiday(command.day(), command.kind(), command.name().strip()));
		}
		holiday.change(command.kind(), command.name().strip());
		return holiday;
	}

	public void remove(LocalDate day, CurrentUser user) {
		LoopScope.require(user.is(Role.ADMIN));
		this.support.changed();
		this.holidays.findByDay(day).ifPresent(this.holidays::delete);
	}

}
