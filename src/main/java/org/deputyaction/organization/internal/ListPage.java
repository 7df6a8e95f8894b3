package org.deputyaction.organization.internal;

import java.util.List;

/**
 * One page of a staff list with the number of rows that match in all.
 */
public record ListPage<T>(List<T> rows, int page, long total) {

	public int pageSize() {
		return ListFilter.PAGE_SIZE;
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + ListFilter.PAGE_SIZE - 1) / ListFilter.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

	public int firstRow() {
		return this.rows.isEmpty() ? 0 : (this.page - 1) * ListFilter.PAGE_SIZE + 1;
	}

	public int lastRow() {
		return this.rows.isEmpty() ? 0 : firstRow() + this.rows.size() - 1;
	}

}
