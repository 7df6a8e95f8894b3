package org.deputyaction.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deputyaction.notification.Delivery;
import org.deputyaction.notification.InboxMessage;
import org.deputyaction.notification.internal.NotificationStore.Mailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails new messages to users who gave an address: each one shortly after it arrived
 * (immediate delivery), or one digest a day. Runs apart from the requests that caused the
 * messages, so a slow or failing mail server never slows or fails them; a message whose
 * mail failed is tried again on the next run. Messages older than two days are not mailed
 * (the inbox still has them), so that turning mail on does not flood anyone.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int BATCH = 500;

	private static final Duration MAX_AGE = Duration.ofDays(2);

	private final NotificationStore store;

	private final NotificationMailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean enabled;

	private final String baseUrl;

	MailDispatcher(NotificationStore store, NotificationMailer mailer, MessageSource messages, Clock clock,
			@Value("${deputyaction.notification.mail.enabled:false}") boolean enabled,
			@Value("${deputyaction.publication.base-url:}") String baseUrl) {
		this.store = store;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.enabled = enabled;
		this.baseUrl = baseUrl;
	}

	@Scheduled(fixedDelayString = "${deputyaction.notification.mail.interval:PT1M}", initialDelayString = "PT1M")
	void immediate() {
		if (this.enabled) {
			sendImmediate(this.mailer);
		}
	}

	@Scheduled(cron = "${deputyaction.notification.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	void digest() {
		if (this.enabled) {
			sendDigests(this.mailer);
		}
	}

	/** Mails each new message to users who want them at once; returns the mails sent. */
	public int sendImmediate(NotificationMailer channel) {
		int sent = 0;
		for (Mailable m : this.store.unmailed(Delivery.IMMEDIATE, since(), BATCH)) {
			if (!this.store.markMailed(m.message().id(), this.clock.instant())) {
				continue;
			}
			try {
				channel.send(m.email(), text("notification.mail.subject", m.message()), line(m.message()));
				sent++;
			}
			catch (RuntimeException ex) {
				this.store.unmarkMailed(m.message().id());
				log.warn("Mail to user {} failed, to be tried again: {}", m.userId(), ex.getMessage());
			}
		}
		return sent;
	}

	/** Mails one digest per user who chose it; returns the digests sent. */
	public int sendDigests(NotificationMailer channel) {
		Map<Long, List<Mailable>> byUser = new LinkedHashMap<>();
		for (Mailable m : this.store.unmailed(Delivery.DAILY_DIGEST, since(), BATCH * 10)) {
			byUser.computeIfAbsent(m.userId(), (k) -> new ArrayList<>()).add(m);
		}
		int sent = 0;
		for (List<Mailable> mails : byUser.values()) {
			List<Mailable> claimed = mails.stream()
				.filter((m) -> this.store.markMailed(m.message().id(), this.clock.instant()))
				.toList();
			if (claimed.isEmpty()) {
				continue;
			}
			StringBuilder body = new StringBuilder();
			claimed.forEach((m) -> body.append("- ").append(line(m.message())).append('\n'));
			try {
				channel.send(claimed.get(0).email(), this.messages.getMessage("notification.mail.digestSubject",
						new Object[] { claimed.size() }, Locale.SIMPLIFIED_CHINESE), body.toString());
				sent++;
			}
			catch (RuntimeException ex) {
				claimed.forEach((m) -> this.store.unmarkMailed(m.message().id()));
				log.warn("Digest to user {} failed, to be tried again: {}", claimed.get(0).userId(), ex.getMessage());
			}
		}
		return sent;
	}

	private Instant since() {
		return this.clock.instant().minus(MAX_AGE);
	}

	private String line(InboxMessage message) {
		String text = text(message.kind().messageKey(), message);
		if (message.detail() != null) {
			text += " " + message.detail();
		}
		if (message.link() != null) {
			text += " " + this.baseUrl + message.link();
		}
		return text;
	}

	private String text(String key, InboxMessage message) {
		return this.messages.getMessage(key,
				new Object[] { message.itemNumber(), message.itemTitle(), message.dueOn() }, Locale.SIMPLIFIED_CHINESE);
	}

}
