package org.deputyaction.organization.importer;

import java.time.Instant;

/**
 * A past import that wrote to the database: who, when, which file, and what it did.
 */
public record ImportRun(Instant importedAt, String importedBy, String fileName, int rows, int created, int updated,
		int unchanged) {

}
