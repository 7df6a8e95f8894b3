package org.deputyaction.organization;

/**
 * What a venue is: a deputy home (人大代表之家) or a liaison station (人大代表联络站).
 */
public enum VenueKind {

	DEPUTY_HOME("homes"), LIAISON_STATION("stations");

	private final String pathSegment;

	VenueKind(String pathSegment) {
		this.pathSegment = pathSegment;
	}

	/**
	 * The segment of the venue's public address, {@code /public/{segment}/{code}}.
	 */
	public String pathSegment() {
		return this.pathSegment;
	}

}
