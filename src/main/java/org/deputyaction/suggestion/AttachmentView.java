package org.deputyaction.suggestion;

import java.time.Instant;

/**
 * An attachment as lists show it: no bytes.
 */
public record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
		Long replyId) {

	static AttachmentView of(Attachment attachment) {
		return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
				attachment.getSizeBytes(), attachment.getUploadedAt(), attachment.getReplyId());
	}

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
