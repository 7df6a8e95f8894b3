package org.deputyaction.reporting;

import java.util.List;

/**
 * A page of the suggestions behind one figure.
 */
public record ReportItems(ReportScope scope, ReportBucket bucket, List<ReportItem> items, long total, int page,
		int size) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	/**
	 * Where the next page starts: the last item's day proposed and id
	 * ({@code 2026-03-01_4711}), so that the next page is read from the index at that
	 * point rather than by counting past every earlier item.
	 */
	public String nextCursor() {
		return this.items.isEmpty() ? null : cursor(this.items.get(this.items.size() - 1));
	}

	/** Where the previous page ends: the first item's day proposed and id. */
	public String previousCursor() {
		return this.items.isEmpty() ? null : cursor(this.items.get(0));
	}

	private static String cursor(ReportItem item) {
		return item.proposedOn() + "_" + item.id();
	}

}
