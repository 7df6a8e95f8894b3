package org.deputyaction.notification;

import java.util.List;

/**
 * One page of a user's inbox, newest first, with the unread count.
 */
public record InboxPage(List<InboxMessage> messages, int page, int size, long total, long unread) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
