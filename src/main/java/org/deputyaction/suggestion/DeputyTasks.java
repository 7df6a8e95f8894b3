package org.deputyaction.suggestion;

import java.util.List;

/**
 * What waits for a deputy: suggestions they were invited to co-sign and have not yet
 * confirmed, and replies to the suggestions they lead that wait for their rating.
 */
public record DeputyTasks(List<QueueRow> toCoSign, List<QueueRow> toRate) {

	public DeputyTasks {
		toCoSign = List.copyOf(toCoSign);
		toRate = List.copyOf(toRate);
	}

	public boolean isEmpty() {
		return this.toCoSign.isEmpty() && this.toRate.isEmpty();
	}

}
