package org.deputyaction.notification;

/**
 * How a user wants to hear about new messages besides the inbox: each one at once, or one
 * digest a day.
 */
public enum Delivery {

	IMMEDIATE, DAILY_DIGEST;

	public String messageKey() {
		return "notification.delivery." + name();
	}

}
