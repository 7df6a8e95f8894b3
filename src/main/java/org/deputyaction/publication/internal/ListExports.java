package org.deputyaction.publication.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A list as a spreadsheet (.xlsx) or as comma-separated text (.csv, UTF-8 with a byte
 * order mark so that Excel reads Chinese correctly): the page's columns, in the reader's
 * language, all rows of the filter.
 */
@Component
public class ListExports {

	private final ListQueries queries;

	private final MessageSource messages;

	ListExports(ListQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	/** The table of a list: the header, then one line per row. */
	public List<List<String>> table(ListKind kind, ListScope scope, ListFilter filter, Locale locale) {
		ListFilter all = filter.withPage(1);
		List<List<String>> table = new ArrayList<>();
		table.add(ListColumns.headerKeys(kind)
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList());
		switch (kind) {
			case SUGGESTIONS -> lines(table, ListColumns.SUGGESTIONS,
					this.queries.suggestions(scope, all, ListQueries.MAX_ROWS).rows(), locale);
			case ASSIGNMENTS -> lines(table, ListColumns.ASSIGNMENTS,
					this.queries.assignments(scope, all, ListQueries.MAX_ROWS).rows(), locale);
			case RESULTS -> lines(table, ListColumns.RESULTS,
					this.queries.results(scope, all, ListQueries.MAX_ROWS).rows(), locale);
		}
		return table;
	}

	private <T> void lines(List<List<String>> table, List<ListColumns.Column<T>> columns, List<T> rows, Locale locale) {
		for (T row : rows) {
			table.add(columns.stream()
				.map((column) -> ListColumns.text(column.value().apply(row), this.messages, locale))
				.toList());
		}
	}

	public static void writeCsv(List<List<String>> table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		for (List<String> line : table) {
			writer.write(String.join(",", line.stream().map(ListExports::csvField).toList()));
			writer.write("\r\n");
		}
		writer.flush();
	}

	public static void writeXlsx(List<List<String>> table, String sheetName, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "DeputyAction", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int r = 0; r < table.size(); r++) {
			List<String> line = table.get(r);
			for (int c = 0; c < line.size(); c++) {
				sheet.value(r, c, line.get(c));
			}
		}
		if (!table.isEmpty()) {
			sheet.range(0, 0, 0, table.get(0).size() - 1).style().bold().set();
			sheet.freezePane(0, 1);
		}
		workbook.finish();
	}

	/**
	 * A field quoted when needed; a leading formula character is neutralised so that a
	 * spreadsheet never runs a cell as a formula.
	 */
	static String csvField(String value) {
		String v = (value == null) ? "" : value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

}
