package org.deputyaction.publication.internal;

/**
 * The public figures of a venue, county or the prefecture, over its public items, with
 * the counts behind each rate: closure (closed ÷ proposed), reply (replied ÷ assigned),
 * on-time reply (replied by the due date ÷ assigned) and satisfaction (suggestions whose
 * latest rating has neither axis unsatisfied ÷ suggestions rated), as in the reports.
 */
public record Figures(String code, String name, long proposed, long closed, long assigned, long replied, long onTime,
		long overdue, long rated, long satisfied) {

	public Integer closureRate() {
		return percent(this.closed, this.proposed);
	}

	public Integer replyRate() {
		return percent(this.replied, this.assigned);
	}

	public Integer onTimeRate() {
		return percent(this.onTime, this.assigned);
	}

	public Integer satisfactionRate() {
		return percent(this.satisfied, this.rated);
	}

	/** A rate in whole percent, rounded half up, or null when nothing was counted. */
	static Integer percent(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return (int) ((part * 200 + whole) / (whole * 2));
	}

}
