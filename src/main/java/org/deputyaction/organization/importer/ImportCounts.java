package org.deputyaction.organization.importer;

import java.io.Serial;
import java.io.Serializable;

/**
 * How many rows of one kind an import created, updated or found unchanged.
 */
public record ImportCounts(ImportKind kind, int created, int updated, int unchanged) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public int total() {
		return this.created + this.updated + this.unchanged;
	}

}
