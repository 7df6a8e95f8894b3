package org.deputyaction.organization.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TableReaderTests {

	private final TableReader reader = new TableReader(100);

	@Test
	void csvWithByteOrderMarkAndQuotedFieldsIsRead() throws Exception {
		byte[] content = ("\uFEFF类型,编码,名称,地址\r\n联络站,ES-X-01,\"黄土坡社区代表联络站\",\"信陵镇, \"\"黄土坡\"\"\"\r\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportTable table = this.reader.read("org.csv", content);
		assertThat(table.header()).containsExactly("类型", "编码", "名称", "地址");
		assertThat(table.lines()).hasSize(1);
		assertThat(table.lines().get(0).number()).isEqualTo(2);
		assertThat(table.lines().get(0).cells()).containsExactly("联络站", "ES-X-01", "黄土坡社区代表联络站", "信陵镇, \"黄土坡\"");
	}

	@Test
	void csvWithoutByteOrderMarkSkipsBlankLinesButKeepsRowNumbers() throws Exception {
		byte[] content = "kind,code,name\n\nCOUNTY,ES-LC,利川市\n,,\nTOWNSHIP,ES-LC-JN,建南镇\n"
			.getBytes(StandardCharsets.UTF_8);
		ImportTable table = this.reader.read("org.csv", content);
		assertThat(table.header()).containsExactly("kind", "code", "name");
		assertThat(table.lines()).extracting(ImportTable.Line::number).containsExactly(3, 5);
	}

	@Test
	void emptyFileIsReported() {
		assertProblem("org.csv", new byte[0], "importer.error.emptyFile");
		assertProblem("org.csv", "\uFEFF\n\n".getBytes(StandardCharsets.UTF_8), "importer.error.emptyFile");
	}

	@Test
	void headerWithoutRowsIsReported() {
		assertProblem("org.csv", "kind,code,name\n".getBytes(StandardCharsets.UTF_8), "importer.error.noRows");
	}

	@Test
	void uploadThatIsNoSpreadsheetIsReported() {
		byte[] pdf = new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF,
				0x01, 0x00 };
		assertProblem("minutes.pdf", pdf, "importer.error.notSpreadsheet");
		assertProblem("minutes.csv", pdf, "importer.error.notSpreadsheet");
		assertProblem("photo.xlsx", "not a zip at all".getBytes(StandardCharsets.UTF_8),
				"importer.error.notSpreadsheet");
	}

	@Test
	void oldExcelFileIsReported() {
		byte[] ole = new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 };
		assertProblem("org.xls", ole, "importer.error.oldExcel");
	}

	@Test
	void csvSavedInGbkIsReportedAsNotUtf8() {
		assertProblem("org.csv", "类型,编码,名称\n州,ES,恩施州\n".getBytes(Charset.forName("GBK")), "importer.error.notUtf8");
	}

	@Test
	void unclosedQuoteIsReportedWithItsRow() {
		ImportFileException ex = read("org.csv",
				"kind,code,name\nCOUNTY,ES-LC,\"利川市\n".getBytes(StandardCharsets.UTF_8));
		assertThat(ex.problem().messageKey()).isEqualTo("importer.error.unclosedQuote");
		assertThat(ex.problem().arguments()).containsExactly(2);
	}

	@Test
	void moreRowsThanTheLimitAreReported() {
		StringBuilder csv = new StringBuilder("kind,code,name\n");
		for (int i = 0; i < 101; i++) {
			csv.append("DEPUTY,D-").append(i).append(",name\n");
		}
		assertProblem("org.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "importer.error.tooManyRows");
	}

	@Test
	void xlsxIsReadWithNumbersAsPlainText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("sheet");
		sheet.value(0, 0, "kind");
		sheet.value(0, 1, "code");
		sheet.value(0, 2, "name");
		sheet.value(0, 3, "phone");
		sheet.value(2, 0, "DEPUTY");
		sheet.value(2, 1, "ES-LC-JN-01-D9");
		sheet.value(2, 2, "向红");
		sheet.value(2, 3, 13800000000L);
		workbook.finish();
		ImportTable table = this.reader.read("org.xlsx", out.toByteArray());
		assertThat(table.lines()).hasSize(1);
		assertThat(table.lines().get(0).number()).isEqualTo(3);
		assertThat(table.lines().get(0).cells()).containsExactly("DEPUTY", "ES-LC-JN-01-D9", "向红", "13800000000");
	}

	@Test
	void damagedXlsxIsReported() throws IOException {
		byte[] zipHeaderOnly = new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0 };
		assertProblem("org.xlsx", zipHeaderOnly, "importer.error.unreadableXlsx");
	}

	private void assertProblem(String fileName, byte[] content, String key) {
		assertThat(read(fileName, content).problem().messageKey()).isEqualTo(key);
	}

	private ImportFileException read(String fileName, byte[] content) {
		return assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.reader.read(fileName, content))
			.actual();
	}

}
