package org.deputyaction.suggestion.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the next number of a county's year, e.g. 利川-2026-0042. The counter row is
 * locked by the upsert until the calling transaction ends, so that numbers are unique and
 * a rolled-back suggestion gives its number back.
 */
@Component
public class SuggestionNumbers {

	private final JdbcTemplate jdbc;

	SuggestionNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(Long countyId, String countyShortName, int year) {
		Integer value = this.jdbc.queryForObject("""
				insert into suggestion_number_counter (county_id, year, last_value) values (?, ?, 1)
				on conflict (county_id, year) do update set last_value = suggestion_number_counter.last_value + 1
				returning last_value
				""", Integer.class, countyId, year);
		return format(countyShortName, year, value);
	}

	public static String format(String countyShortName, int year, int sequence) {
		return String.format("%s-%d-%04d", countyShortName, year, sequence);
	}

}
