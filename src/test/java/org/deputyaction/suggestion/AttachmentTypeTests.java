package org.deputyaction.suggestion;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };

	@Test
	void theFirstBytesDecideNotTheName() {
		assertThat(AttachmentType.detect(PNG, "photo.jpg")).contains(AttachmentType.PNG);
		assertThat(AttachmentType.detect(JPEG, "photo.png")).contains(AttachmentType.JPEG);
		assertThat(AttachmentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x.bin"))
			.contains(AttachmentType.PDF);
		assertThat(AttachmentType.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), "a"))
			.contains(AttachmentType.WEBP);
	}

	@Test
	void scriptsAndUnknownBytesAreNotRecognised() {
		assertThat(AttachmentType.detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "a.pdf"))
			.isEmpty();
		assertThat(AttachmentType.detect(new byte[] { 'M', 'Z' }, "setup.exe")).isEmpty();
		assertThat(AttachmentType.detect(new byte[0], "empty.png")).isEmpty();
	}

	@Test
	void officeContainersAreToldApartByTheirExtensionOnly() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0 };
		assertThat(AttachmentType.detect(zip, "report.docx")).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.detect(zip, "TABLE.XLSX")).contains(AttachmentType.XLSX);
		assertThat(AttachmentType.detect(zip, "archive.zip")).isEmpty();
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(AttachmentType.detect(ole, "old.doc")).contains(AttachmentType.DOC);
		assertThat(AttachmentType.detect(ole, "old.xls")).contains(AttachmentType.XLS);
	}

	@Test
	void fileNamesLoseTheirFoldersAndControlCharacters() {
		assertThat(AttachmentStore.cleanFileName("C:\\Users\\x\\photo.jpg")).isEqualTo("photo.jpg");
		assertThat(AttachmentStore.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentStore.cleanFileName("a\u0000b\".png")).isEqualTo("ab.png");
		assertThat(AttachmentStore.cleanFileName("..")).isEqualTo("file");
	}

}
