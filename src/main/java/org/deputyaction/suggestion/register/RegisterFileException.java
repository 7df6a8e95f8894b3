package org.deputyaction.suggestion.register;

import java.io.Serial;

/**
 * The file as a whole cannot be read as a register table.
 */
class RegisterFileException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient RegisterProblem problem;

	RegisterFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.problem = RegisterProblem.ofFile(messageKey, arguments);
	}

	RegisterProblem problem() {
		return this.problem;
	}

}
