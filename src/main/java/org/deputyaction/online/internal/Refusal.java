package org.deputyaction.online.internal;

/**
 * Why the online channel turned a request away before reading it, with the HTTP status it
 * answers and the message key of the polite page.
 */
public enum Refusal {

	/** The address raised as many problems this hour as it may. */
	ADDRESS_LIMIT(429),
	/** The station received as many problems online this hour as it may. */
	STATION_LIMIT(429),
	/** The address sent the form too often this hour (accepted or not). */
	ATTEMPT_LIMIT(429),
	/** The address tried too many wrong keys this hour. */
	KEY_LIMIT(429),
	/** The request is larger than a photo and the text may be. */
	TOO_LARGE(413);

	private final int status;

	Refusal(int status) {
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	public String messageKey() {
		return "online.refused." + name();
	}

}
