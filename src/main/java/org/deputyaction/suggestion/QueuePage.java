package org.deputyaction.suggestion;

import java.util.List;

/**
 * One page of a queue, and the cursor of the next page (null on the last). Pages follow
 * each other by the queue's sort key, so that a deep page costs what the first does.
 */
public record QueuePage<T>(List<T> items, String nextCursor) {

	public QueuePage {
		items = List.copyOf(items);
	}

	public boolean hasMore() {
		return this.nextCursor != null;
	}

}
