/**
 * Imports the organisation from one spreadsheet table (.xlsx or .csv): validates every
 * row first and writes all of it in one transaction, or nothing. Other modules use
 * {@link org.deputyaction.organization.importer.OrganizationImporter}.
 */
@org.springframework.modulith.NamedInterface("importer")
package org.deputyaction.organization.importer;
