package org.deputyaction.notification.internal;

import java.time.LocalDate;

import org.deputyaction.notification.NotificationKind;

/**
 * A message to write into one user's inbox; the key makes it arrive once.
 */
public record NewMessage(Long recipientUserId, NotificationKind kind, String dedupeKey, Long suggestionId,
		Long problemId, String itemNumber, String itemTitle, String detail, String link, LocalDate dueOn) {

}
