package org.deputyaction.suggestion;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an attachment, read only when someone downloads it.
 */
@Entity
@Table(name = "loop_attachment_content")
public class AttachmentContent {

	@Id
	private Long attachmentId;

	private byte[] content;

	protected AttachmentContent() {
	}

	AttachmentContent(Long attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	public Long getAttachmentId() {
		return this.attachmentId;
	}

	public byte[] getContent() {
		return this.content;
	}

}
