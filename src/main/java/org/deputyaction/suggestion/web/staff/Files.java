package org.deputyaction.suggestion.web.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.deputyaction.suggestion.AttachmentDownload;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in and out of the staff pages: uploads as the services take them, downloads with
 * a safe disposition, and times shown in the prefecture's zone.
 */
final class Files {

	private Files() {
	}

	/**
	 * The files the user chose; the empty part a file input sends when none is chosen is
	 * skipped.
	 */
	static List<AttachmentUpload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
			.map(Files::upload)
			.toList();
	}

	private static AttachmentUpload upload(MultipartFile file) {
		try {
			return new AttachmentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The attachment's bytes: pictures shown in the page, every other type downloaded,
	 * its type the one its first bytes proved.
	 */
	static ResponseEntity<byte[]> download(AttachmentDownload file) {
		boolean image = file.contentType().startsWith("image/");
		ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, TimeConfiguration.ZONE) : null;
	}

}
