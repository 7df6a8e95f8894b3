package org.deputyaction.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.deputyaction.account.UserAccount;
import org.deputyaction.notification.NotificationKind;
import org.deputyaction.publication.PostingDue;
import org.deputyaction.suggestion.LoopParties;

import org.springframework.stereotype.Component;

/**
 * Writes one message about an item (or a venue's posting) to each of the given accounts,
 * each reaching its recipient once for the given key.
 */
@Component
class Notifier {

	private final NotificationStore store;

	private final Clock clock;

	Notifier(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	int aboutSuggestion(List<UserAccount> recipients, NotificationKind kind, String key, LoopParties item,
			String detail, LocalDate dueOn) {
		int written = 0;
		for (UserAccount account : recipients) {
			if (this.store.add(
					new NewMessage(account.getId(), kind, key, item.suggestionId(), null, item.number(), item.title(),
							detail, Recipients.suggestionLink(account, item.suggestionId()), dueOn),
					this.clock.instant())) {
				written++;
			}
		}
		return written;
	}

	/**
	 * A venue's posting is due: the venue's code and name stand for the item, the day it
	 * fell due for the date.
	 */
	int aboutPosting(List<UserAccount> recipients, String key, PostingDue due) {
		int written = 0;
		for (UserAccount account : recipients) {
			if (this.store.add(
					new NewMessage(account.getId(), NotificationKind.POSTING_DUE, key, null, null, due.code(),
							due.name(), null, Recipients.postingLink(account, due.publicPath()), due.periodStart()),
					this.clock.instant())) {
				written++;
			}
		}
		return written;
	}

	int aboutProblem(List<UserAccount> recipients, NotificationKind kind, String key, Long problemId,
			String trackingNumber, String title) {
		int written = 0;
		for (UserAccount account : recipients) {
			if (this.store.add(new NewMessage(account.getId(), kind, key, null, problemId, trackingNumber, title, null,
					Recipients.problemLink(account, problemId), null), this.clock.instant())) {
				written++;
			}
		}
		return written;
	}

}
