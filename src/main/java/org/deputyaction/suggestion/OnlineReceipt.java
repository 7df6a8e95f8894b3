package org.deputyaction.suggestion;

/**
 * What a voter who raised a problem online gets back: the tracking number, and the
 * private key that opens its tracking page. The key exists only here (the database keeps
 * its hash); it is null when the same form was sent again and the problem had already
 * been received.
 */
public record OnlineReceipt(String trackingNumber, String key) {

	/** Whether this submission was a repeat of one already received. */
	public boolean alreadyReceived() {
		return this.key == null;
	}

	@Override
	public String toString() {
		return "OnlineReceipt[" + this.trackingNumber + "]";
	}

}
