package org.deputyaction.suggestion.register;

import java.util.List;

/**
 * The cells of a register file's first table: the header and the data rows, blank rows
 * left out. Date cells of an .xlsx file arrive as ISO dates (2025-03-05).
 */
record RegisterTable(List<String> header, List<Line> lines) {

	/** One data row with its spreadsheet row number. */
	record Line(int number, List<String> cells) {

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

}
