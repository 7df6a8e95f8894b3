package org.deputyaction.notification;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.notification.internal.NotificationStore;
import org.deputyaction.notification.internal.NotificationStore.Counted;
import org.deputyaction.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every signed-in user's inbox: their messages page by page, the unread count the header
 * shows, marking read, and how they want to hear about new messages. Each user sees only
 * their own messages.
 */
@Service("inbox")
@Validated
@Transactional
public class InboxService {

	/** Messages on one page of the inbox. */
	public static final int PAGE_SIZE = 20;

	private final NotificationStore store;

	private final Clock clock;

	InboxService(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public InboxPage page(CurrentUser user, int page) {
		int number = Math.max(0, page);
		List<Counted> rows = this.store.page(user.id(), number, PAGE_SIZE);
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		long unread = rows.isEmpty() ? this.store.unread(user.id()) : rows.get(0).unread();
		return new InboxPage(rows.stream().map(Counted::message).toList(), number, PAGE_SIZE, total, unread);
	}

	/** Marks one of the user's messages read and returns it (for its link). */
	public InboxMessage markRead(Long id, CurrentUser user) {
		InboxMessage message = this.store.find(id, user.id()).orElseThrow(NotFoundException::new);
		this.store.markRead(id, user.id(), this.clock.instant());
		return message;
	}

	public int markAllRead(CurrentUser user) {
		return this.store.markAllRead(user.id(), this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Preference preference(CurrentUser user) {
		return this.store.preference(user.id())
			.map((p) -> new Preference(p.version(), p.delivery(), p.email()))
			.orElse(new Preference(0, Delivery.IMMEDIATE, null));
	}

	/**
	 * Saves the user's preference.
	 * @throws PreferenceChangedException when the user changed it in another window first
	 */
	public void savePreference(@Valid SavePreference command, CurrentUser user) {
		String email = (command.email() != null && !command.email().isBlank()) ? command.email().strip() : null;
		if (!this.store.savePreference(user.id(), command.version(), command.delivery(), email, this.clock.instant())) {
			throw new PreferenceChangedException();
		}
	}

	/** A user's delivery preference and mail address (none: the inbox only). */
	public record Preference(long version, Delivery delivery, String email) {

	}

	/** What the preferences page saves. */
	public record SavePreference(long version, @NotNull Delivery delivery, @Email @Size(max = 200) String email) {

	}

	/** Someone saved the preference since the form was shown. */
	public static class PreferenceChangedException extends RuntimeException {

		PreferenceChangedException() {
			super("notification preference changed concurrently");
		}

	}

}
