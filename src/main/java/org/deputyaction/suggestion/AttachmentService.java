package org.deputyaction.suggestion;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.internal.AttachmentContentRepository;
import org.deputyaction.suggestion.internal.AttachmentRepository;
import org.deputyaction.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloads of attachments, for those who may see the problem or suggestion they belong
 * to. Uploads go through the services of the items.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

	private final AttachmentRepository attachments;

	private final AttachmentContentRepository contents;

	private final LoopScope scope;

	AttachmentService(AttachmentRepository attachments, AttachmentContentRepository contents, LoopScope scope) {
		this.attachments = attachments;
		this.contents = contents;
		this.scope = scope;
	}

	public AttachmentDownload download(Long attachmentId, CurrentUser user) {
		Attachment attachment = this.attachments.findById(attachmentId).orElseThrow(NotFoundException::new);
		if (attachment.getProblemId() != null) {
			this.scope.problem(attachment.getProblemId(), user);
		}
		else {
			this.scope.suggestion(attachment.getSuggestionId(), user);
		}
		AttachmentContent content = this.contents.findById(attachmentId).orElseThrow(NotFoundException::new);
		return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content.getContent());
	}

}
