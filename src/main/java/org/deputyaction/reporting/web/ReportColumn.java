package org.deputyaction.reporting.web;

import java.util.List;

import org.deputyaction.reporting.Measures;
import org.deputyaction.reporting.ProblemCounts;
import org.deputyaction.reporting.Rate;
import org.deputyaction.reporting.ReportBucket;

/**
 * A column of the report table, shared by the page and its exports so that both show the
 * same figures in the same order: a count of suggestions (linking to them), a rate, or a
 * count of problems.
 */
public record ReportColumn(String headerKey, ReportBucket bucket, String rate, String problem, String voter) {

	public static final List<ReportColumn> ALL = List.of(count(ReportBucket.PROPOSED), count(ReportBucket.CLOSED),
			rate("closureRate"), count(ReportBucket.ASSIGNED), count(ReportBucket.REPLIED), rate("replyRate"),
			count(ReportBucket.REPLIED_ON_TIME), rate("onTimeReplyRate"), count(ReportBucket.RATED),
			count(ReportBucket.SATISFIED_OR_BASIC), rate("satisfactionRate"), count(ReportBucket.SATISFIED),
			rate("satisfiedRate"), count(ReportBucket.FIRST_SATISFIED_OR_BASIC), rate("firstRoundSatisfactionRate"),
			count(ReportBucket.FIRST_SATISFIED), rate("firstRoundSatisfiedRate"), voter("total"), voter("satisfied"),
			voter("basically"), voter("unsatisfied"), rate("voterSatisfactionRate"),
			count(ReportBucket.REHANDLED_RATED), count(ReportBucket.REHANDLED_SATISFIED_OR_BASIC),
			rate("rehandledSatisfactionRate"), count(ReportBucket.REHANDLED_SATISFIED), rate("rehandledSatisfiedRate"),
			count(ReportBucket.CLASS_A), rate("solvedRate"), count(ReportBucket.CLASS_AB),
			rate("solvedOrScheduledRate"), count(ReportBucket.OVERDUE), count(ReportBucket.NEAR_DUE),
			count(ReportBucket.KEY_SUPERVISION), count(ReportBucket.TO_ASSIGN), problem("found"), problem("proposed"),
			problem("resolvedDirectly"), problem("merged"), problem("declined"), problem("pending"));

	private static ReportColumn count(ReportBucket bucket) {
		return new ReportColumn(bucket.messageKey(), bucket, null, null, null);
	}

	private static ReportColumn rate(String name) {
		return new ReportColumn("reporting.rate." + name, null, name, null, null);
	}

	private static ReportColumn problem(String name) {
		return new ReportColumn("reporting.problems." + name, null, null, name, null);
	}

	private static ReportColumn voter(String name) {
		return new ReportColumn("reporting.voters." + name, null, null, null, name);
	}

	public boolean isCount() {
		return this.bucket != null;
	}

	public boolean isRate() {
		return this.rate != null;
	}

	/**
	 * The cell's value: a count, a rate, or a problem count (null where problems do not
	 * split).
	 */
	public Object value(Measures measures) {
		if (this.bucket != null) {
			return measures.count(this.bucket);
		}
		if (this.rate != null) {
			return measures.rate(this.rate);
		}
		if (this.voter != null) {
			return switch (this.voter) {
				case "satisfied" -> measures.voters().satisfied();
				case "basically" -> measures.voters().basically();
				case "unsatisfied" -> measures.voters().unsatisfied();
				default -> measures.voters().total();
			};
		}
		ProblemCounts p = measures.problems();
		if (p == null) {
			return null;
		}
		return switch (this.problem) {
			case "found" -> p.found();
			case "proposed" -> p.proposed();
			case "resolvedDirectly" -> p.resolvedDirectly();
			case "merged" -> p.merged();
			case "declined" -> p.declined();
			default -> p.pending();
		};
	}

	/** The cell as the page shows it. */
	public String text(Measures measures) {
		Object value = value(measures);
		if (value == null) {
			return "";
		}
		return (value instanceof Rate rate) ? rate.text() : value.toString();
	}

}
