package org.deputyaction.reporting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.reporting.ReportDimension;
import org.deputyaction.reporting.ReportPeriod;
import org.deputyaction.reporting.ReportRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The report's address: the period (a year, a quarter, a month or custom days), the rows
 * and the place and filters. Bound from the query string so that every view of a report
 * can be linked, bookmarked and exported.
 */
public class ReportForm {

	/** How the period is chosen. */
	public enum PeriodKind {

		YEAR, QUARTER, MONTH, CUSTOM

	}

	static final int MAX_CUSTOM_YEARS = 10;

	private PeriodKind period = PeriodKind.YEAR;

	private Integer year;

	private Integer quarter;

	private Integer month;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private ReportDimension by;

	private Long county;

	private Long township;

	private Long venue;

	private Long group;

	private Long unit;

	private Long category;

	private AdministrativeLevel level;

	private String ym;

	/** Fills what is missing from today's date: this year, this quarter, this month. */
	void complete(LocalDate today) {
		if (this.period == null) {
			this.period = PeriodKind.YEAR;
		}
		if (this.year == null) {
			this.year = today.getYear();
		}
		if (this.quarter == null) {
			this.quarter = (today.getMonthValue() - 1) / 3 + 1;
		}
		if (this.month == null) {
			this.month = today.getMonthValue();
		}
	}

	void validate(Errors errors) {
		if (this.year != null && (this.year < 2000 || this.year > 2100)) {
			errors.rejectValue("year", "reporting.error.year");
		}
		if (this.period == PeriodKind.QUARTER && (this.quarter == null || this.quarter < 1 || this.quarter > 4)) {
			errors.rejectValue("quarter", "reporting.error.quarter");
		}
		if (this.period == PeriodKind.MONTH && (this.month == null || this.month < 1 || this.month > 12)) {
			errors.rejectValue("month", "reporting.error.month");
		}
		if (this.period == PeriodKind.CUSTOM) {
			if (this.from == null && !errors.hasFieldErrors("from")) {
				errors.rejectValue("from", "reporting.error.fromRequired");
			}
			if (this.to == null && !errors.hasFieldErrors("to")) {
				errors.rejectValue("to", "reporting.error.toRequired");
			}
			if (this.from != null && this.to != null) {
				if (this.to.isBefore(this.from)) {
					errors.rejectValue("to", "reporting.error.toBeforeFrom");
				}
				else if (this.to.isAfter(this.from.plusYears(MAX_CUSTOM_YEARS))) {
					errors.rejectValue("to", "reporting.error.tooLong", new Object[] { MAX_CUSTOM_YEARS }, null);
				}
			}
		}
		if (this.ym != null && !this.ym.isBlank() && yearMonth() == null) {
			errors.rejectValue("ym", "reporting.error.month");
		}
	}

	/** The period asked for; call only when {@link #validate} found no error. */
	ReportPeriod toPeriod() {
		return switch (this.period) {
			case YEAR -> ReportPeriod.year(this.year);
			case QUARTER -> ReportPeriod.quarter(this.year, this.quarter);
			case MONTH -> ReportPeriod.month(YearMonth.of(this.year, this.month));
			case CUSTOM -> new ReportPeriod(this.from, this.to);
		};
	}

	ReportRequest toRequest(ReportPeriod period) {
		return new ReportRequest(period, this.by, this.county, this.township, this.venue, this.group, this.unit,
				this.category, this.level, yearMonth());
	}

	YearMonth yearMonth() {
		if (this.ym == null || this.ym.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(this.ym.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Every value of the form, as it is shown back: two forms with the same show the
	 * same.
	 */
	List<Object> values() {
		return Arrays.asList(this.period, this.year, this.quarter, this.month, this.from, this.to, this.by, this.county,
				this.township, this.venue, this.group, this.unit, this.category, this.level, this.ym);
	}

	public PeriodKind getPeriod() {
		return this.period;
	}

	public void setPeriod(PeriodKind period) {
		this.period = period;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public void setQuarter(Integer quarter) {
		this.quarter = quarter;
	}

	public Integer getMonth() {
		return this.month;
	}

	public void setMonth(Integer month) {
		this.month = month;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public ReportDimension getBy() {
		return this.by;
	}

	public void setBy(ReportDimension by) {
		this.by = by;
	}

	public Long getCounty() {
		return this.county;
	}

	public void setCounty(Long county) {
		this.county = county;
	}

	public Long getTownship() {
		return this.township;
	}

	public void setTownship(Long township) {
		this.township = township;
	}

	public Long getVenue() {
		return this.venue;
	}

	public void setVenue(Long venue) {
		this.venue = venue;
	}

	public Long getGroup() {
		return this.group;
	}

	public void setGroup(Long group) {
		this.group = group;
	}

	public Long getUnit() {
		return this.unit;
	}

	public void setUnit(Long unit) {
		this.unit = unit;
	}

	public Long getCategory() {
		return this.category;
	}

	public void setCategory(Long category) {
		this.category = category;
	}

	public AdministrativeLevel getLevel() {
		return this.level;
	}

	public void setLevel(AdministrativeLevel level) {
		this.level = level;
	}

	public String getYm() {
		return this.ym;
	}

	public void setYm(String ym) {
		this.ym = ym;
	}

}
