package org.deputyaction.organization.web;

import java.util.Map;

import org.deputyaction.organization.internal.ListFilter;

/**
 * Reads a staff list's filter from the address's parameters.
 */
final class Filters {

	private Filters() {
	}

	static ListFilter of(Map<String, String> params) {
		return new ListFilter(params.get("q"), params.get("county"), params.get("township"), params.get("kind"),
				params.get("level"), params.get("status"), params.get("page"));
	}

}
