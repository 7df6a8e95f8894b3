package org.deputyaction.suggestion;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.deputyaction.system.BaseEntity;

/**
 * A day of the holiday table: a public holiday or a make-up working day (调休).
 */
@Entity
public class Holiday extends BaseEntity {

	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private HolidayKind kind;

	private String name;

	protected Holiday() {
	}

	Holiday(LocalDate day, HolidayKind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name;
	}

	void change(HolidayKind kind, String name) {
		this.kind = kind;
		this.name = name;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public HolidayKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

}
