package org.deputyaction.suggestion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.deputyaction.suggestion.Holiday;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The holiday table.
 */
public interface HolidayRepository extends JpaRepository<Holiday, Long> {

	Optional<Holiday> findByDay(LocalDate day);

	List<Holiday> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

	List<Holiday> findAllByOrderByDayAsc();

}
