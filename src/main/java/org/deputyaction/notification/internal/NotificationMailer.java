package org.deputyaction.notification.internal;

/**
 * The mail channel: sends one plain-text mail. Implementations may fail; callers keep the
 * message unmailed and try again later.
 */
public interface NotificationMailer {

	void send(String to, String subject, String body);

}
