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

}
