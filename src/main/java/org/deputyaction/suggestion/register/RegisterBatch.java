package org.deputyaction.suggestion.register;

import java.time.Instant;

/**
 * A past register import: who, when, which file, how many lines, suggestions and closed
 * items, and the counties it held.
 */
public record RegisterBatch(long id, Instant importedAt, String importedBy, String fileName, int rows, int suggestions,
		int closed, String counties) {

}
