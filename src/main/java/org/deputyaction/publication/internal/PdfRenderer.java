package org.deputyaction.publication.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML page into a PDF with a Chinese font embedded (subset). The
 * font is a setting, {@code deputyaction.publication.pdf-font}: a TrueType font (or
 * collection) with TrueType outlines; OpenType fonts with CFF outlines, such as Noto Sans
 * CJK, cannot be embedded. When it is not set, the first of a few usual Debian paths that
 * exists is used (package {@code fonts-droid-fallback} or {@code fonts-wqy-microhei}).
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "posting-cjk";

	static final List<String> USUAL_FONTS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"/usr/share/fonts-droid-fallback/truetype/DroidSansFallbackFull.ttf",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/truetype/arphic/uming.ttc");

	private static final Logger logger = LoggerFactory.getLogger(PdfRenderer.class);

	private final Optional<File> font;

	PdfRenderer(@Value("${deputyaction.publication.pdf-font:}") String fontPath) {
		this.font = findFont(fontPath);
		if (this.font.isEmpty()) {
			logger.warn("No Chinese TrueType font found for PDF postings; set deputyaction.publication.pdf-font "
					+ "or install fonts-droid-fallback");
		}
	}

	static Optional<File> findFont(String configured) {
		if (configured != null && !configured.isBlank()) {
			File file = new File(configured.trim());
			return file.canRead() ? Optional.of(file) : Optional.empty();
		}
		return USUAL_FONTS.stream().map(File::new).filter(File::canRead).findFirst();
	}

	public boolean hasFont() {
		return this.font.isPresent();
	}

	public byte[] render(String xhtml, String baseUri) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			this.font.ifPresent((file) -> builder.useFont(file, FONT_FAMILY, 400, FontStyle.NORMAL, true));
			builder.withHtmlContent(xhtml, baseUri);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
