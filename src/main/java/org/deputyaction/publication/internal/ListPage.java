package org.deputyaction.publication.internal;

import java.util.List;

/**
 * One page of a list and the count of all its rows.
 */
public record ListPage<T>(List<T> rows, int page, int size, long total) {

	public ListPage {
		rows = List.copyOf(rows);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
