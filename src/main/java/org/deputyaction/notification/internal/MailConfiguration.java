package org.deputyaction.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The mail channel: SMTP through Spring's mail sender when
 * {@code deputyaction.notification.mail.enabled} is true and a host is set, otherwise a
 * channel that only writes a log line (the inbox is then the only channel). Also turns on
 * the asynchronous listeners the module's event delivery runs on.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	NotificationMailer notificationMailer(@Value("${deputyaction.notification.mail.enabled:false}") boolean enabled,
			@Value("${deputyaction.notification.mail.from:}") String from, ObjectProvider<JavaMailSender> sender) {
		JavaMailSender mail = enabled ? sender.getIfAvailable() : null;
		if (mail == null) {
			return (to, subject, body) -> log.debug("Mail is off; not sent to {}: {}", to, subject);
		}
		return (to, subject, body) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			if (!from.isBlank()) {
				message.setFrom(from);
			}
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			mail.send(message);
		};
	}

}
