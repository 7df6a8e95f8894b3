package org.deputyaction.organization.importer;

import java.util.List;

/**
 * The cells of a file's first table: the header and the data rows, blank rows left out.
 */
record ImportTable(List<String> header, List<Line> lines) {

	/**
	 * One data row with its spreadsheet row number.
	 */
	record Line(int number, List<String> cells) {

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

}
