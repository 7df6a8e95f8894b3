package org.deputyaction.organization.importer;

/**
 * What one row of an import file describes.
 */
public enum ImportKind {

	PREFECTURE, COUNTY, TOWNSHIP, HOME, STATION, GROUP, DEPUTY, UNIT;

	/**
	 * The message key of this kind's name, e.g. {@code importer.kind.STATION}.
	 */
	public String messageKey() {
		return "importer.kind." + name();
	}

}
