package org.deputyaction.suggestion;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.internal.AttachmentContentRepository;
import org.deputyaction.suggestion.internal.AttachmentRepository;

import org.springframework.stereotype.Component;

/**
 * Checks and keeps attachments: not empty, not over the size limit of the settings, and
 * of an allowed type by their first bytes.
 */
@Component
class AttachmentStore {

	private final AttachmentRepository attachments;

	private final AttachmentContentRepository contents;

	private final LoopSupport support;

	AttachmentStore(AttachmentRepository attachments, AttachmentContentRepository contents, LoopSupport support) {
		this.attachments = attachments;
		this.contents = contents;
		this.support = support;
	}

	Attachment store(Long problemId, Long suggestionId, Long replyId, AttachmentUpload upload, CurrentUser user) {
		LoopSettings settings = this.support.settings();
		byte[] content = upload.content();
		if (content.length == 0) {
			throw new LoopRuleViolation("loop.rule.attachmentEmpty", upload.fileName());
		}
		if (content.length > settings.getMaxAttachmentBytes()) {
			throw new LoopRuleViolation("loop.rule.attachmentTooLarge", upload.fileName(),
					settings.getMaxAttachmentBytes() / 1024);
		}
		String fileName = cleanFileName(upload.fileName());
		AttachmentType type = AttachmentType.detect(content, fileName)
			.filter(settings.getAllowedAttachmentTypes()::contains)
			.orElseThrow(() -> new LoopRuleViolation("loop.rule.attachmentTypeNotAllowed", upload.fileName()));
		Attachment attachment = this.attachments.save(new Attachment(problemId, suggestionId, replyId, fileName,
				type.contentType(), content.length, sha256(content), this.support.now(), LoopSupport.userId(user)));
		this.contents.save(new AttachmentContent(attachment.getId(), content.clone()));
		return attachment;
	}

	/**
	 * The file's own name: no folders, no control characters, at most 255 characters.
	 */
	static String cleanFileName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "file";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
