package org.deputyaction.publication.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year ({@code 2026}) or a quarter ({@code 2026-Q2}) that a list is narrowed to, on the
 * list's own date (proposed, assigned or replied).
 */
public record Period(String code, int year, int quarter, LocalDate from, LocalDate to) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

	public static Optional<Period> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(code.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) == null) {
			return Optional.of(new Period(code.trim(), year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		}
		int quarter = Integer.parseInt(matcher.group(2));
		LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		return Optional.of(new Period(code.trim(), year, quarter, from, from.plusMonths(3).minusDays(1)));
	}

	/**
	 * The periods offered in the filter: this year and the two before, each with its
	 * quarters.
	 */
	public static List<Period> choices(LocalDate today) {
		List<Period> periods = new ArrayList<>();
		for (int year = today.getYear(); year > today.getYear() - 3; year--) {
			periods.add(parse(Integer.toString(year)).orElseThrow());
			for (int quarter = 4; quarter >= 1; quarter--) {
				Period period = parse(year + "-Q" + quarter).orElseThrow();
				if (!period.from().isAfter(today)) {
					periods.add(period);
				}
			}
		}
		return periods;
	}

	public boolean isQuarter() {
		return this.quarter > 0;
	}

}
