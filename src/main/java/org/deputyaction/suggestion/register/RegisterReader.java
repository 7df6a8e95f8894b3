package org.deputyaction.suggestion.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first table of an .xlsx file (date cells as ISO dates) or of a UTF-8 .csv
 * file (with or without byte order mark, comma-separated, fields quoted with double
 * quotes).
 */
final class RegisterReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final int maxRows;

	RegisterReader(int maxRows) {
		this.maxRows = maxRows;
	}

	RegisterTable read(String filename, byte[] content) throws RegisterFileException {
		if (content.length == 0) {
			throw new RegisterFileException("register.error.emptyFile");
		}
		String name = (filename != null) ? filename.strip().toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xls") || startsWith(content, OLE2)) {
			throw new RegisterFileException("register.error.oldExcel");
		}
		if (name.endsWith(".xlsx") || startsWith(content, ZIP)) {
			return readXlsx(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
			return readCsv(content);
		}
		throw new RegisterFileException("register.error.notSpreadsheet");
	}

	private RegisterTable readXlsx(byte[] content) throws RegisterFileException {
		if (!startsWith(content, ZIP)) {
			throw new RegisterFileException("register.error.notSpreadsheet");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false)); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<String> header = null;
			List<RegisterTable.Line> lines = new ArrayList<>();
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
					add(lines, new RegisterTable.Line(row.getRowNum(), cells));
				}
			}
			return table(header, lines);
		}
		catch (IOException | ExcelReaderException | IllegalStateException ex) {
			throw new RegisterFileException("register.error.unreadableXlsx");
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
				LocalDateTime date = cell.asDate();
				return (date != null) ? date.toLocalDate().toString() : "";
			}
			BigDecimal number = cell.asNumber();
			return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
		}
		String text = cell.getText();
		return (text != null) ? text.strip() : "";
	}

	/**
	 * Whether a number format shows a date (built-in date formats, or y/m/d patterns).
	 */
	static boolean isDateFormat(Integer id, String format) {
		if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
				|| (id >= 50 && id <= 58))) {
			return true;
		}
		if (format == null) {
			return false;
		}
		String plain = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
		return plain.contains("y") || plain.contains("d") || (plain.contains("m") && !plain.contains("0"));
	}

	private RegisterTable readCsv(byte[] content) throws RegisterFileException {
		String text = decodeUtf8(content);
		if (text.indexOf('\0') >= 0) {
			throw new RegisterFileException("register.error.notSpreadsheet");
		}
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<String> header = null;
		List<RegisterTable.Line> lines = new ArrayList<>();
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
				throw new RegisterFileException("register.error.unclosedQuote", record);
			}
			cells.add(cell.toString().strip());
			if (isBlank(cells)) {
				continue;
			}
			if (header == null) {
				header = cells;
			}
			else {
				add(lines, new RegisterTable.Line(record, cells));
			}
		}
		return table(header, lines);
	}

	private static String decodeUtf8(byte[] content) throws RegisterFileException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new RegisterFileException("register.error.notUtf8");
		}
	}

	private void add(List<RegisterTable.Line> lines, RegisterTable.Line line) throws RegisterFileException {
		if (lines.size() >= this.maxRows) {
			throw new RegisterFileException("register.error.tooManyRows", this.maxRows);
		}
		lines.add(line);
	}

	private static RegisterTable table(List<String> header, List<RegisterTable.Line> lines)
			throws RegisterFileException {
		if (header == null) {
			throw new RegisterFileException("register.error.emptyFile");
		}
		if (lines.isEmpty()) {
			throw new RegisterFileException("register.error.noRows");
		}
		return new RegisterTable(header, lines);
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
