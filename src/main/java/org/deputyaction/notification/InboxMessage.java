package org.deputyaction.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One message as the inbox shows it.
 */
public record InboxMessage(Long id, NotificationKind kind, String itemNumber, String itemTitle, String detail,
		String link, LocalDate dueOn, Instant createdAt, Instant readAt) {

	public boolean isUnread() {
		return this.readAt == null;
	}

}
