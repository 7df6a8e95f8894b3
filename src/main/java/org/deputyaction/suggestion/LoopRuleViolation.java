package org.deputyaction.suggestion;

import java.util.Arrays;

/**
 * A command the loop's rules refuse: an illegal step, a closed window, a missing view.
 * Carries a message key of the {@code suggestion} bundle and its arguments, so that the
 * web layer can show it in the user's language. Arguments that are themselves message
 * keys (e.g. states) start with {@code loop.}.
 */
public class LoopRuleViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final Object[] arguments;

	public LoopRuleViolation(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
