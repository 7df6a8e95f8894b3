package org.deputyaction.organization.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first table of an .xlsx file or a UTF-8 .csv file (with or without byte order
 * mark, comma-separated, fields quoted with double quotes).
 */
final class TableReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final int maxRows;

	TableReader(int maxRows) {
		this.maxRows = maxRows;
	}

	ImportTable read(String filename, byte[] content) throws ImportFileException {
		if (content.length == 0) {
			throw new ImportFileException("importer.error.emptyFile");
		}
		String name = (filename != null) ? filename.strip().toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xls") || startsWith(content, OLE2)) {
			throw new ImportFileException("importer.error.oldExcel");
		}
		if (name.endsWith(".xlsx") || startsWith(content, ZIP)) {
			return readXlsx(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
			return readCsv(content);
		}
		throw new ImportFileException("importer.error.notSpreadsheet");
	}

	private ImportTable readXlsx(byte[] content) throws ImportFileException {
		if (!startsWith(content, ZIP)) {
			throw new ImportFileException("importer.error.notSpreadsheet");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<String> header = null;
			List<ImportTable.Line> lines = new ArrayList<>();
			Iterator<Row> iterator = rows.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				List<String> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				if (isBlank(cells)) {
					continue;
				}
				if (header == null) {
					header = cells;
				}
				else {
					add(lines, new ImportTable.Line(row.getRowNum(), cells));
				}
			}
			return table(header, lines);
		}
		catch (IOException | ExcelReaderException | IllegalStateException ex) {
			throw new ImportFileException("importer.error.unreadableXlsx");
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
		}
		String text = cell.getText();
		return (text != null) ? text.strip() : "";
	}

	private ImportTable readCsv(byte[] content) throws ImportFileException {
		String text = decodeUtf8(content);
		if (text.indexOf('\0') >= 0) {
			throw new ImportFileException("importer.error.notSpreadsheet");
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<String> header = null;
		List<ImportTable.Line> lines = new ArrayList<>();
		int record = 0;
		int position = 0;
		int length = text.length();
		while (position < length) {
			record++;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			boolean endOfRecord = false;
			while (position < length && !endOfRecord) {
				char c = text.charAt(position++);
				if (quoted) {
					if (c == '"') {
						if (position < length && text.charAt(position) == '"') {
							cell.append('"');
							position++;
						}
						else {
							quoted = false;
						}
					}
					else {
						cell.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					cells.add(cell.toString().strip());
					cell.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && position < length && text.charAt(position) == '\n') {
						position++;
					}
					endOfRecord = true;
				}
				else {
					cell.append(c);
				}
			}
			if (quoted) {
				throw new ImportFileException("importer.error.unclosedQuote", record);
			}
			cells.add(cell.toString().strip());
			if (isBlank(cells)) {
				continue;
			}
			if (header == null) {
				header = cells;
			}
			else {
				add(lines, new ImportTable.Line(record, cells));
			}
		}
		return table(header, lines);
	}

	private static String decodeUtf8(byte[] content) throws ImportFileException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			if (looksBinary(content)) {
				throw new ImportFileException("importer.error.notSpreadsheet");
			}
			throw new ImportFileException("importer.error.notUtf8");
		}
	}

	private static boolean looksBinary(byte[] content) {
		int limit = Math.min(content.length, 4096);
		for (int i = 0; i < limit; i++) {
			byte b = content[i];
			if (b == 0 || (b > 0 && b < 0x09)) {
				return true;
			}
		}
		return content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
	}

	private void add(List<ImportTable.Line> lines, ImportTable.Line line) throws ImportFileException {
		if (lines.size() >= this.maxRows) {
			throw new ImportFileException("importer.error.tooManyRows", this.maxRows);
		}
		lines.add(line);
	}

	private static ImportTable table(List<String> header, List<ImportTable.Line> lines) throws ImportFileException {
		if (header == null) {
			throw new ImportFileException("importer.error.emptyFile");
		}
		if (lines.isEmpty()) {
			throw new ImportFileException("importer.error.noRows");
		}
		return new ImportTable(header, lines);
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
