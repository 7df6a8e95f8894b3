package org.deputyaction.organization;

/**
 * How many active counties, deputy homes, liaison stations, deputy groups, deputies and
 * handling units the prefecture has.
 */
public record OrganizationTotals(long counties, long homes, long stations, long groups, long deputies, long units) {

}
