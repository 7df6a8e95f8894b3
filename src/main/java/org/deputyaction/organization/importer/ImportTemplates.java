package org.deputyaction.organization.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty import templates: a header row in the reader's language, and in the .xlsx a
 * second sheet that explains the columns and kinds.
 */
@Component
class ImportTemplates {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final MessageSource messages;

	ImportTemplates(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A CSV template: UTF-8 with a byte order mark, so that Excel shows Chinese right.
	 */
	byte[] csv(Locale locale) {
		String header = Arrays.stream(ImportColumn.values())
			.map((column) -> ImportVocabulary.get().header(column, locale))
			.collect(Collectors.joining(","));
		byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(UTF8_BOM, UTF8_BOM.length + text.length);
		System.arraycopy(text, 0, content, UTF8_BOM.length, text.length);
		return content;
	}

	byte[] xlsx(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "DeputyAction", "1.0");
			Worksheet table = workbook.newWorksheet(message("importer.template.sheet", locale));
			ImportColumn[] columns = ImportColumn.values();
			for (int i = 0; i < columns.length; i++) {
				table.value(0, i, ImportVocabulary.get().header(columns[i], locale));
				table.style(0, i).bold().fillColor("F2DCDB").set();
				table.width(i, (columns[i] == ImportColumn.NAME || columns[i] == ImportColumn.ADDRESS) ? 30 : 16);
			}
			table.freezePane(0, 1);
			Worksheet help = workbook.newWorksheet(message("importer.columns", locale));
			help.value(0, 0, message("importer.columns.column", locale));
			help.value(0, 1, message("importer.columns.meaning", locale));
			help.style(0, 0).bold().set();
			help.style(0, 1).bold().set();
			help.width(0, 18);
			help.width(1, 100);
			int row = 1;
			for (ImportColumn column : columns) {
				help.value(row, 0, ImportVocabulary.get().header(column, locale));
				help.value(row, 1, message(column.messageKey() + ".help", locale));
				row++;
			}
			row++;
			help.value(row, 0, message("importer.kinds", locale));
			help.style(row, 0).bold().set();
			row++;
			for (ImportKind kind : ImportKind.values()) {
				help.value(row, 0, kind.name());
				help.value(row, 1, message(kind.messageKey(), locale));
				row++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
