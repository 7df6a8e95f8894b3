package org.deputyaction.suggestion.register;

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
 * The empty register templates: a header row in the reader's language, and in the .xlsx
 * date-formatted date columns and a second sheet that explains every column in both
 * languages.
 */
@Component
class RegisterTemplates {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final MessageSource messages;

	RegisterTemplates(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A CSV template: UTF-8 with a byte order mark, so that Excel shows Chinese right.
	 */
	byte[] csv(Locale locale) {
		String header = Arrays.stream(RegisterColumn.values())
			.map((column) -> RegisterVocabulary.get().header(column, locale))
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
			Worksheet table = workbook.newWorksheet(message("register.template.sheet", locale));
			RegisterColumn[] columns = RegisterColumn.values();
			for (int i = 0; i < columns.length; i++) {
				table.value(0, i, RegisterVocabulary.get().header(columns[i], locale));
				table.style(0, i).bold().fillColor("F2DCDB").set();
				boolean wide = columns[i] == RegisterColumn.TITLE || columns[i] == RegisterColumn.DESCRIPTION
						|| columns[i] == RegisterColumn.STATION || columns[i] == RegisterColumn.MEASURES;
				table.width(i, wide ? 30 : 14);
				if (columns[i].header().endsWith("_on")) {
					table.range(1, i, 1000, i).style().format("yyyy-mm-dd").set();
				}
			}
			table.freezePane(0, 1);
			Worksheet help = workbook.newWorksheet(message("register.columns", locale));
			help.value(0, 0, message("register.columns.chinese", locale));
			help.value(0, 1, message("register.columns.english", locale));
			help.value(0, 2, message("register.columns.meaning", locale));
			for (int c = 0; c < 3; c++) {
				help.style(0, c).bold().set();
			}
			help.width(0, 18);
			help.width(1, 20);
			help.width(2, 100);
			int row = 1;
			for (RegisterColumn column : columns) {
				help.value(row, 0, RegisterVocabulary.get().chineseHeader(column));
				help.value(row, 1, column.header());
				help.value(row, 2, message(column.messageKey() + ".help", locale));
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
