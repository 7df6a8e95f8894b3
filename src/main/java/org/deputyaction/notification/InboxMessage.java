package org.deputyaction.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One message as the inbox shows it.
 */
public record InboxMessage(Long id, NotificationKind kind, String itemNumber, String itemTitle, String detail,
		String link, LocalDate dueOn, Instant createdAt, Instant readAt) {

	/** When it arrived, in the installation's time zone. */
	public java.time.LocalDateTime createdAtLocal() {
		return java.time.LocalDateTime.ofInstant(this.createdAt, org.deputyaction.system.TimeConfiguration.ZONE);
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
