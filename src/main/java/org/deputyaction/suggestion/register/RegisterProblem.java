package org.deputyaction.suggestion.register;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with a register file: the row (as numbered in the spreadsheet, the
 * header being row 1; 0 for the file as a whole), the column to blame if any, and a
 * message in the reader's language.
 *
 * @param row the spreadsheet row number, or 0 for the whole file
 * @param column the column to blame, or {@code null}
 * @param messageKey the key of the message in the {@code register} bundle
 * @param arguments the message's arguments; {@link MessageSourceResolvable} ones are
 * translated too
 */
public record RegisterProblem(int row, RegisterColumn column, String messageKey,
		List<Object> arguments) implements MessageSourceResolvable, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static RegisterProblem ofFile(String messageKey, Object... arguments) {
		return new RegisterProblem(0, null, messageKey, List.of(arguments));
	}

	static RegisterProblem of(int row, RegisterColumn column, String messageKey, Object... arguments) {
		return new RegisterProblem(row, column, messageKey, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

}
