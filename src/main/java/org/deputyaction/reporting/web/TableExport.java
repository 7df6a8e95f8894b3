package org.deputyaction.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written as .xlsx (numbers as numbers, rates as percentages, dates as dates) or
 * as UTF-8 .csv with a byte-order mark, so that spreadsheet programs read Chinese text.
 * Cells that a spreadsheet would take for a formula are written as text.
 */
final class TableExport {

	/**
	 * A cell: text, a whole number, a rate in percent (null when undefined) or a date.
	 */
	record Cell(Object value, boolean percent) {

		static Cell of(Object value) {
			return new Cell(value, false);
		}

		static Cell percent(BigDecimal value) {
			return new Cell(value, true);
		}

	}

	private TableExport() {
	}

	static void xlsx(String sheetName, List<String> header, List<List<Cell>> rows, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "DeputyAction", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.size(); r++) {
			List<Cell> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Cell cell = row.get(c);
				Object value = cell.value();
				if (value == null) {
					continue;
				}
				if (cell.percent()) {
					sheet.value(r + 1, c, ((BigDecimal) value).movePointLeft(2));
					sheet.style(r + 1, c).format("0.0%").set();
				}
				else if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
					sheet.style(r + 1, c).format("yyyy-mm-dd").set();
				}
				else {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		sheet.freezePane(1, 1);
		workbook.finish();
	}

	static void csv(List<String> header, List<List<Cell>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		line(writer, header.stream().map(Cell::of).toList());
		for (List<Cell> row : rows) {
			line(writer, row);
		}
		writer.flush();
	}

	private static void line(Writer writer, List<Cell> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(field(cells.get(i)));
		}
		writer.write("\r\n");
	}

	private static String field(Cell cell) {
		Object value = cell.value();
		if (value == null) {
			return "";
		}
		String text = cell.percent() ? ((BigDecimal) value).toPlainString() + "%" : value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
