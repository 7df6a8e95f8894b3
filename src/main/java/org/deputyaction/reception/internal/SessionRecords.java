package org.deputyaction.reception.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows beside a session that the service adds and removes: problem links and photos
 * (metadata and bytes apart).
 */
@Component
public class SessionRecords {

	private final JdbcClient jdbc;

	SessionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Links the problem; false if it was linked already. */
	public boolean link(Long sessionId, Long problemId, Instant now, String by) {
		return this.jdbc.sql("""
				insert into reception_session_problem (session_id, problem_id, linked_at, linked_by)
				values (?, ?, ?, ?) on conflict do nothing
				""").params(sessionId, problemId, offset(now), by).update() > 0;
	}

	public boolean unlink(Long sessionId, Long problemId) {
		return this.jdbc.sql("delete from reception_session_problem where session_id = ? and problem_id = ?")
			.params(sessionId, problemId)
			.update() > 0;
	}

	public Long addPhoto(Long sessionId, String fileName, String contentType, byte[] content, Instant now, String by) {
		Long id = this.jdbc
			.sql("""
					insert into reception_photo (session_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(sessionId, fileName, contentType, (long) content.length, sha256(content), offset(now), by)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into reception_photo_content (photo_id, content) values (?, ?)")
			.params(id, content)
			.update();
		return id;
	}

	public Optional<String> removePhoto(Long sessionId, Long photoId) {
		return this.jdbc.sql("delete from reception_photo where session_id = ? and id = ? returning file_name")
			.params(sessionId, photoId)
			.query(String.class)
			.optional();
	}

	public Optional<Photo> photo(Long sessionId, Long photoId) {
		return this.jdbc.sql("""
				select p.file_name, p.content_type, c.content from reception_photo p
				join reception_photo_content c on c.photo_id = p.id where p.session_id = ? and p.id = ?
				""")
			.params(sessionId, photoId)
			.query((rs, row) -> new Photo(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	public long photoCount(Long sessionId) {
		return this.jdbc.sql("select count(*) from reception_photo where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	private static OffsetDateTime offset(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A photo's name, type and bytes. */
	public record Photo(String fileName, String contentType, byte[] content) {

	}

}
