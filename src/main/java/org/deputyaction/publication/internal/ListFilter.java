package org.deputyaction.publication.internal;

import org.deputyaction.suggestion.DeadlineState;
import org.deputyaction.suggestion.LoopStatus;

/**
 * Narrows a list: by state, category (a top-level category includes its children),
 * period, and for the assignment list near-due or overdue; and which page. Every field is
 * optional; a value that cannot be read is ignored.
 */
public record ListFilter(LoopStatus status, Long category, String period, DeadlineState deadline, Integer page) {

	public static ListFilter none() {
		return new ListFilter(null, null, null, null, null);
	}

	public int pageNumber() {
		return (this.page == null || this.page < 1) ? 1 : this.page;
	}

	public ListFilter withPage(int page) {
		return new ListFilter(this.status, this.category, this.period, this.deadline, page);
	}

	public boolean isEmpty() {
		return this.status == null && this.category == null && Period.parse(this.period).isEmpty()
				&& this.deadline == null;
	}

}
