/**
 * The organisation of a prefecture: counties, townships, deputy homes and liaison
 * stations ({@link org.deputyaction.organization.Venue}), deputy groups, deputies and
 * handling units. Its root holds the entities and repositories other modules read;
 * editing pages and the spreadsheet importer sit in nested packages.
 */
package org.deputyaction.organization;
