package org.deputyaction.suggestion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * A photo or document of a problem, a suggestion or a reply. The bytes are kept in their
 * own table in PostgreSQL, beside the data and with the same backups.
 */
@Entity
@Table(name = "loop_attachment")
public class Attachment extends BaseEntity {

	private Long problemId;

	private Long suggestionId;

	private Long replyId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private Instant uploadedAt;

	private Long uploadedByUserId;

	protected Attachment() {
	}

	Attachment(Long problemId, Long suggestionId, Long replyId, String fileName, String contentType, long sizeBytes,
			String sha256, Instant uploadedAt, Long uploadedByUserId) {
		this.problemId = problemId;
		this.suggestionId = suggestionId;
		this.replyId = replyId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedByUserId = uploadedByUserId;
	}

	public Long getProblemId() {
		return this.problemId;
	}

	public Long getSuggestionId() {
		return this.suggestionId;
	}

	public Long getReplyId() {
		return this.replyId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public Long getUploadedByUserId() {
		return this.uploadedByUserId;
	}

}
