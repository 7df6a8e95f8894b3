package org.deputyaction.suggestion.web.staff;

import java.time.LocalDate;

import org.deputyaction.suggestion.LoopStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The work queue's search and filters as the address carries them: venue and unit by
 * code, so that a link reads well and survives.
 */
public class QueueFilterForm {

	private String q;

	private LoopStatus status;

	private String venue;

	private String unit;

	private Long category;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	public boolean isEmpty() {
		return blank(this.q) && this.status == null && blank(this.venue) && blank(this.unit) && this.category == null
				&& this.from == null && this.to == null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = (q != null && q.length() > 100) ? q.substring(0, 100) : q;
	}

	public LoopStatus getStatus() {
		return this.status;
	}

	public void setStatus(LoopStatus status) {
		this.status = status;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Long getCategory() {
		return this.category;
	}

	public void setCategory(Long category) {
		this.category = category;
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

}
