package org.deputyaction.organization.importer;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong with an import file: the row (as numbered in the spreadsheet, the
 * header being row 1; 0 for the file as a whole), the column if one is to blame, and a
 * message in the reader's language.
 *
 * @param row the spreadsheet row number, or 0 for the whole file
 * @param column the column to blame, or {@code null}
 * @param messageKey the key of the message in the {@code importer} bundle
 * @param arguments the message's arguments; {@link MessageSourceResolvable} ones are
 * translated too
 */
public record ImportProblem(int row, ImportColumn column, String messageKey,
		List<Object> arguments) implements MessageSourceResolvable, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static ImportProblem ofFile(String messageKey, Object... arguments) {
		return new ImportProblem(0, null, messageKey, List.of(arguments));
	}

	static ImportProblem of(int row, ImportColumn column, String messageKey, Object... arguments) {
		return new ImportProblem(row, column, messageKey, List.of(arguments));
	}

	static MessageSourceResolvable kindName(ImportKind kind) {
		return new DefaultMessageSourceResolvable(kind.messageKey());
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
