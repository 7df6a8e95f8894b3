package org.deputyaction.publication.internal;

import org.deputyaction.organization.VenueKind;

/**
 * What a public page says about a venue: its names and place, never a phone number.
 */
public record VenueHeader(Long id, String code, VenueKind kind, String name, String address, Long countyId,
		String countyCode, String countyName, String townshipName) {

	/**
	 * The live page's path, {@code /public/stations/{code}} or
	 * {@code /public/homes/{code}}.
	 */
	public String publicPath() {
		return "/public/" + this.kind.pathSegment() + "/" + this.code;
	}

}
