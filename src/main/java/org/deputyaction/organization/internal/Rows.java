package org.deputyaction.organization.internal;

/**
 * The rows of the staff lists, shaped for the pages.
 */
public final class Rows {

	private Rows() {
	}

	/** A county with its numbers of active townships and venues. */
	public record CountyRow(String code, String name, String shortName, String prefectureName, long townships,
			long venues, boolean active) {
	}

	/** A township with its county and number of active venues. */
	public record TownshipRow(String code, String name, String countyCode, String countyName, long venues,
			boolean active) {
	}

	/** A deputy home or liaison station with where it is. */
	public record VenueRow(String code, String kind, String name, String townshipName, String countyName,
			String homeName, boolean active) {
	}

	/** A deputy group with the venue it serves and its number of active deputies. */
	public record GroupRow(String code, String name, String venueCode, String venueName, String countyName,
			long deputies, boolean active) {
	}

	/** A deputy with where they are registered; never the phone number. */
	public record DeputyRow(String code, String name, String level, String venueName, String groupName,
			String countyName, boolean active) {
	}

	/** A handling unit with its level and place; {@code editable} for this user. */
	public record UnitRow(String code, String name, String level, String countyName, String townshipName,
			String parentName, boolean active, boolean editable) {
	}

}
