package org.deputyaction.organization.internal;

import java.util.Locale;

import org.springframework.util.StringUtils;

/**
 * What a staff list is narrowed to, as given in the address: search text, county and
 * township codes, venue kind, level, status ({@code active}, {@code inactive} or
 * {@code all}) and the page (from 1). Every part is optional.
 */
public record ListFilter(String q, String county, String township, String kind, String level, String status,
		String page) {

	/** Rows per page. */
	public static final int PAGE_SIZE = 50;

	public ListFilter {
		q = StringUtils.hasText(q) ? q.strip() : null;
		county = code(county);
		township = code(township);
		kind = code(kind);
		level = code(level);
		status = StringUtils.hasText(status) ? status.strip().toLowerCase(Locale.ROOT) : "active";
		if (!status.equals("active") && !status.equals("inactive") && !status.equals("all")) {
			throw new IllegalArgumentException("unknown status");
		}
	}

	public static ListFilter none() {
		return new ListFilter(null, null, null, null, null, null, null);
	}

	/**
	 * The page number, from 1.
	 */
	public int pageNumber() {
		if (!StringUtils.hasText(this.page)) {
			return 1;
		}
		int number = Integer.parseInt(this.page.strip());
		if (number < 1) {
			throw new IllegalArgumentException("page starts at 1");
		}
		return number;
	}

	/**
	 * The {@code active} column the list is narrowed to, or {@code null} for all rows.
	 */
	public Boolean active() {
		return switch (this.status) {
			case "active" -> Boolean.TRUE;
			case "inactive" -> Boolean.FALSE;
			default -> null;
		};
	}

	/**
	 * The search text as a case-insensitive {@code like} pattern.
	 */
	public String likePattern() {
		String escaped = this.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String code(String value) {
		return StringUtils.hasText(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

}
