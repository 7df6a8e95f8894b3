package org.deputyaction.suggestion;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A command the loop's rules refuse: an illegal step, a closed window, a missing view.
 * Carries a message key of the {@code suggestion} bundle and its arguments, so that the
 * web layer can show it in the user's language. Arguments that are themselves message
 * keys (e.g. states) start with {@code loop.}.
 */
public class LoopRuleViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private static final java.util.Set<String> UPLOAD_RULES = java.util.Set.of("loop.rule.attachmentEmpty",
			"loop.rule.attachmentTooLarge", "loop.rule.attachmentTypeNotAllowed");

	private final String messageKey;

	private final Object[] arguments;

	public LoopRuleViolation(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/**
	 * Whether the refusal is about an uploaded file, so that a form can show it beside
	 * its file field.
	 */
	public boolean refusesUpload() {
		return UPLOAD_RULES.contains(this.messageKey);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The message in the given language, with arguments that are message keys resolved
	 * first.
	 */
	public String message(MessageSource messages, Locale locale) {
		Object[] resolved = Arrays.stream(this.arguments)
			.map((argument) -> (argument instanceof String key && key.startsWith("loop."))
					? messages.getMessage(key, null, key, locale) : argument)
			.toArray();
		return messages.getMessage(this.messageKey, resolved, this.messageKey, locale);
	}

}
