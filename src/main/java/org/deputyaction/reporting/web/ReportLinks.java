package org.deputyaction.reporting.web;

import org.deputyaction.reporting.ReportBucket;
import org.deputyaction.reporting.ReportDimension;
import org.deputyaction.reporting.ReportRow;
import org.deputyaction.reporting.ReportScope;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses a report page links to, each keeping the period and place: drilling into
 * a row, the items behind a count, another split of the same figures, the exports and the
 * breadcrumb.
 */
public final class ReportLinks {

	private final ReportForm form;

	private final ReportDimension by;

	ReportLinks(ReportForm form, ReportDimension by) {
		this.form = form;
		this.by = by;
	}

	private MultiValueMap<String, String> base() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		put(params, "period", this.form.getPeriod());
		switch (this.form.getPeriod()) {
			case YEAR -> put(params, "year", this.form.getYear());
			case QUARTER -> {
				put(params, "year", this.form.getYear());
				put(params, "quarter", this.form.getQuarter());
			}
			case MONTH -> {
				put(params, "year", this.form.getYear());
				put(params, "month", this.form.getMonth());
			}
			case CUSTOM -> {
				put(params, "from", this.form.getFrom());
				put(params, "to", this.form.getTo());
			}
		}
		put(params, "county", this.form.getCounty());
		put(params, "township", this.form.getTownship());
		put(params, "venue", this.form.getVenue());
		put(params, "group", this.form.getGroup());
		put(params, "unit", this.form.getUnit());
		put(params, "category", this.form.getCategory());
		put(params, "level", this.form.getLevel());
		put(params, "ym", (this.form.yearMonth() != null) ? this.form.yearMonth() : null);
		return params;
	}

	private static void put(MultiValueMap<String, String> params, String name, Object value) {
		if (value != null) {
			params.set(name, value.toString());
		}
		else {
			params.remove(name);
		}
	}

	private static String build(String path, MultiValueMap<String, String> params) {
		return UriComponentsBuilder.fromPath(path).queryParams(params).build().encode().toUriString();
	}

	/** The same place and period split another way. */
	public String by(ReportDimension dimension) {
		MultiValueMap<String, String> params = base();
		put(params, "by", dimension);
		return build("/reports", params);
	}

	/**
	 * Into a row: a place one level down, or the row's unit, category, level or month as
	 * a filter.
	 */
	public String drill(ReportRow row) {
		MultiValueMap<String, String> params = base();
		applyRow(params, row);
		if (this.by == ReportDimension.MONTH || !this.by.isPlace()) {
			put(params, "by", null);
		}
		return build("/reports", params);
	}

	/** The items behind one count of a row (the total when the row is null). */
	public String items(ReportRow row, ReportBucket bucket) {
		MultiValueMap<String, String> params = base();
		if (row != null && row.key() != null) {
			applyRow(params, row);
		}
		put(params, "bucket", bucket);
		return build("/reports/items", params);
	}

	/** The same items list at another page or as an export. */
	public String itemsPage(ReportBucket bucket, int page) {
		MultiValueMap<String, String> params = base();
		put(params, "bucket", bucket);
		put(params, "page", page);
		return build("/reports/items", params);
	}

	/**
	 * A page of items reached from a neighbouring page: {@code after} the next page's
	 * cursor or {@code before} the previous page's.
	 */
	public String itemsPage(ReportBucket bucket, int page, String direction, String cursor) {
		MultiValueMap<String, String> params = base();
		put(params, "bucket", bucket);
		put(params, "page", page);
		if (page > 0 && cursor != null) {
			put(params, direction, cursor);
		}
		return build("/reports/items", params);
	}

	public String itemsExport(ReportBucket bucket, String format) {
		MultiValueMap<String, String> params = base();
		put(params, "bucket", bucket);
		return build("/reports/items." + format, params);
	}

	public String export(String format) {
		MultiValueMap<String, String> params = base();
		put(params, "by", this.by);
		return build("/reports/export." + format, params);
	}

	/** The report of a place of the breadcrumb (null ids climb up). */
	public String place(ReportScope scope, String level) {
		MultiValueMap<String, String> params = base();
		put(params, "county", null);
		put(params, "township", null);
		put(params, "venue", null);
		put(params, "group", null);
		switch (level) {
			case "county" -> put(params, "county", scope.countyId());
			case "township" -> put(params, "township", scope.townshipId());
			case "venue" -> put(params, "venue", scope.venueId());
			default -> {
			}
		}
		return build("/reports", params);
	}

	/** This report without the unit, category, level or month filter named. */
	public String without(String filter) {
		MultiValueMap<String, String> params = base();
		put(params, filter, null);
		put(params, "by", this.by);
		return build("/reports", params);
	}

	private void applyRow(MultiValueMap<String, String> params, ReportRow row) {
		switch (this.by) {
			case COUNTY -> put(params, "county", row.key());
			case TOWNSHIP -> put(params, "township", row.key());
			case VENUE -> put(params, "venue", row.key());
			case GROUP -> put(params, "group", row.key());
			case UNIT -> put(params, "unit", row.key());
			case CATEGORY -> put(params, "category", row.key());
			case LEVEL -> put(params, "level", row.key());
			case MONTH -> put(params, "ym", row.key());
		}
	}

}
