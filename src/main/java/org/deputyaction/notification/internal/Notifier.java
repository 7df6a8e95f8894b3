package org.deputyaction.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.deputyaction.account.UserAccount;
import org.deputyaction.notification.NotificationKind;
import org.deputyaction.suggestion.LoopParties;

import org.springframework.stereotype.Component;

/**
 * Writes one message about an item to each of the given accounts, each reaching its
 * recipient once for the given key.
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
