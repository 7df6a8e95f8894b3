package org.deputyaction.organization.importer;

import java.io.Serial;

/**
 * The file as a whole cannot be read as an import table.
 */
class ImportFileException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient ImportProblem problem;

	ImportFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.problem = ImportProblem.ofFile(messageKey, arguments);
	}

	ImportProblem problem() {
		return this.problem;
	}

}
