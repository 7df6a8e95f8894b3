package org.deputyaction.suggestion;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an item may carry, recognised by their first bytes (never by the name
 * or the type the browser claims). Office formats that share a container (ZIP for
 * docx/xlsx, OLE for doc/xls) are told apart by the file name's extension once the
 * container is recognised.
 */
public enum AttachmentType {

	JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp"),
	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), DOC("application/msword", "doc"),
	XLS("application/vnd.ms-excel", "xls");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String contentType;

	private final String[] extensions;

	AttachmentType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = extensions;
	}

	public String contentType() {
		return this.contentType;
	}

	public boolean isImage() {
		return this == JPEG || this == PNG || this == GIF || this == WEBP;
	}

	/**
	 * The type these bytes are, if they are one of ours.
	 */
	public static Optional<AttachmentType> detect(byte[] content, String fileName) {
		if (content == null) {
			return Optional.empty();
		}
		if (startsWith(content, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
			return Optional.of(GIF);
		}
		if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
			return Optional.of(WEBP);
		}
		if (startsWith(content, 0, ascii("%PDF-"))) {
			return Optional.of(PDF);
		}
		String extension = extension(fileName);
		if (startsWith(content, 0, ZIP)) {
			return byExtension(extension, DOCX, XLSX);
		}
		if (startsWith(content, 0, OLE)) {
			return byExtension(extension, DOC, XLS);
		}
		return Optional.empty();
	}

	private static Optional<AttachmentType> byExtension(String extension, AttachmentType... candidates) {
		return Arrays.stream(candidates)
			.filter((type) -> Arrays.asList(type.extensions).contains(extension))
			.findFirst();
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		if (content.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
