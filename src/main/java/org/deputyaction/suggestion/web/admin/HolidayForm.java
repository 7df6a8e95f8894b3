package org.deputyaction.suggestion.web.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.HolidayKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One day of the holiday table, or (with {@link #getLines()}) many pasted at once.
 */
public class HolidayForm {

	@NotNull(message = "{loopunit.validation.dateRequired}", groups = Single.class)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotNull(message = "{loopunit.validation.choose}")
	private HolidayKind kind = HolidayKind.HOLIDAY;

	@NotBlank(message = "{loopunit.validation.required}", groups = Single.class)
	@Size(max = 60, message = "{loopunit.validation.tooLong}")
	private String name;

	@NotBlank(message = "{loopunit.validation.required}", groups = Bulk.class)
	@Size(max = 20000, message = "{loopunit.validation.tooLong}")
	private String lines;

	/** The checks of the one-day form. */
	interface Single {

	}

	/** The checks of the pasted list. */
	interface Bulk {

	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public HolidayKind getKind() {
		return this.kind;
	}

	public void setKind(HolidayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLines() {
		return this.lines;
	}

	public void setLines(String lines) {
		this.lines = lines;
	}

}
