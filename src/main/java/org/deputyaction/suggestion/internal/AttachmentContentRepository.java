package org.deputyaction.suggestion.internal;

import org.deputyaction.suggestion.AttachmentContent;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Attachments' bytes.
 */
public interface AttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {

}
