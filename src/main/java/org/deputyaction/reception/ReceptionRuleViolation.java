package org.deputyaction.reception;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A change the reception rules refuse, with the message key that explains why in the
 * user's language.
 */
public class ReceptionRuleViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final transient Object[] arguments;

	public ReceptionRuleViolation(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** Whether the rule is about an uploaded file, to be shown beside the file input. */
	public boolean refusesUpload() {
		return this.messageKey.startsWith("reception.rule.photo");
	}

	public String message(MessageSource messages, Locale locale) {
		return messages.getMessage(this.messageKey, this.arguments, locale);
	}

}
