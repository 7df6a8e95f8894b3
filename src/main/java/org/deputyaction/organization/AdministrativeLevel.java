package org.deputyaction.organization;

/**
 * The level of a congress or of a government department: prefecture, county or township.
 */
public enum AdministrativeLevel {

	PREFECTURE, COUNTY, TOWNSHIP

}
