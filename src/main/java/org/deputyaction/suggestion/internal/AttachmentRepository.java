package org.deputyaction.suggestion.internal;

import java.util.List;

import org.deputyaction.suggestion.Attachment;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Attachments' metadata, never their bytes.
 */
public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByProblemIdOrderByIdAsc(Long problemId);

	List<Attachment> findBySuggestionIdOrderByIdAsc(Long suggestionId);

}
