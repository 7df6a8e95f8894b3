package org.deputyaction.organization.internal;

/**
 * An edit the rules refuse, tied to the form field to show the message next to.
 */
public class InvalidEditException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	public InvalidEditException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
