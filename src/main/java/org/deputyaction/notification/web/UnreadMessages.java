package org.deputyaction.notification.web;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.notification.internal.NotificationStore;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's unread messages, for the header of every staff page: the store's
 * kept count, asked without a transaction or a validating proxy around it (on a kept page
 * they cost more than the count). A failing count never breaks the page around it: the
 * header then shows none.
 */
@Component("unreadMessages")
public class UnreadMessages {

	private final NotificationStore store;

	UnreadMessages(NotificationStore store) {
		this.store = store;
	}

	public long count() {
		try {
			return CurrentUser.get().map((user) -> this.store.unread(user.id())).orElse(0L);
		}
		catch (DataAccessException ex) {
			return 0;
		}
	}

}
