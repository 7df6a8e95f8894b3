package org.deputyaction.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.util.Assert;

/**
 * The days a report covers, both included. A suggestion belongs to the period when it was
 * proposed in it; a problem when it was found in it.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		Assert.notNull(from, "from is required");
		Assert.notNull(to, "to is required");
		Assert.state(!to.isBefore(from), "the period ends before it starts");
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public static ReportPeriod quarter(int year, int quarter) {
		Assert.state(quarter >= 1 && quarter <= 4, "quarter 1 to 4");
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	public static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/** The months the period touches, in order. */
	public java.util.List<YearMonth> months() {
		java.util.List<YearMonth> months = new java.util.ArrayList<>();
		for (YearMonth m = YearMonth.from(this.from); !m.isAfter(YearMonth.from(this.to)); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

}
