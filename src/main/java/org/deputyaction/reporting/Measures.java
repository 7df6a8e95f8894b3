package org.deputyaction.reporting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of one row of a report and the rates built from them, as defined in
 * {@code docs/reporting.md}: every rate keeps its numerator and denominator beside it.
 */
public final class Measures {

	private final EnumMap<ReportBucket, Long> counts;

	private final ProblemCounts problems;

	private final VoterRatings voters;

	public Measures(Map<ReportBucket, Long> counts, ProblemCounts problems) {
		this(counts, problems, VoterRatings.NONE);
	}

	public Measures(Map<ReportBucket, Long> counts, ProblemCounts problems, VoterRatings voters) {
		this.counts = new EnumMap<>(ReportBucket.class);
		for (ReportBucket bucket : ReportBucket.values()) {
			this.counts.put(bucket, counts.getOrDefault(bucket, 0L));
		}
		this.problems = problems;
		this.voters = (voters != null) ? voters : VoterRatings.NONE;
	}

	public static Measures empty(ProblemCounts problems) {
		return new Measures(Map.of(), problems);
	}

	public long count(ReportBucket bucket) {
		return this.counts.get(bucket);
	}

	/** The count of the bucket named, for templates. */
	public long get(String bucket) {
		return count(ReportBucket.valueOf(bucket));
	}

	/** The voters' on-site ratings of the row's suggestions. */
	public VoterRatings voters() {
		return this.voters;
	}

	/** The voters' satisfaction: (满意 + 基本满意) ÷ voters' on-site ratings. */
	public Rate voterSatisfactionRate() {
		return this.voters.rate();
	}

	/** Problems found; null where problems do not split by the table's rows. */
	public ProblemCounts problems() {
		return this.problems;
	}

	public long proposed() {
		return count(ReportBucket.PROPOSED);
	}

	public long closed() {
		return count(ReportBucket.CLOSED);
	}

	public long overdue() {
		return count(ReportBucket.OVERDUE);
	}

	public long nearDue() {
		return count(ReportBucket.NEAR_DUE);
	}

	/** 办结率: closed ÷ proposed. */
	public Rate closureRate() {
		return rate(ReportBucket.CLOSED, ReportBucket.PROPOSED);
	}

	/** 答复率: replied ÷ assigned. */
	public Rate replyRate() {
		return rate(ReportBucket.REPLIED, ReportBucket.ASSIGNED);
	}

	/** 按期答复率: replied by the (extended) due date ÷ assigned. */
	public Rate onTimeReplyRate() {
		return rate(ReportBucket.REPLIED_ON_TIME, ReportBucket.ASSIGNED);
	}

	/** 满意率: (满意 + 基本满意) ÷ rated, on each item's latest rating. */
	public Rate satisfactionRate() {
		return rate(ReportBucket.SATISFIED_OR_BASIC, ReportBucket.RATED);
	}

	/** 满意 alone ÷ rated. */
	public Rate satisfiedRate() {
		return rate(ReportBucket.SATISFIED, ReportBucket.RATED);
	}

	/** (满意 + 基本满意) in the first round ÷ rated. */
	public Rate firstRoundSatisfactionRate() {
		return rate(ReportBucket.FIRST_SATISFIED_OR_BASIC, ReportBucket.RATED);
	}

	/** 满意 in the first round ÷ rated. */
	public Rate firstRoundSatisfiedRate() {
		return rate(ReportBucket.FIRST_SATISFIED, ReportBucket.RATED);
	}

	/** (满意 + 基本满意) after re-handling ÷ rated after re-handling. */
	public Rate rehandledSatisfactionRate() {
		return rate(ReportBucket.REHANDLED_SATISFIED_OR_BASIC, ReportBucket.REHANDLED_RATED);
	}

	/** 满意 after re-handling ÷ rated after re-handling. */
	public Rate rehandledSatisfiedRate() {
		return rate(ReportBucket.REHANDLED_SATISFIED, ReportBucket.REHANDLED_RATED);
	}

	/** 解决率: class A ÷ replied. */
	public Rate solvedRate() {
		return rate(ReportBucket.CLASS_A, ReportBucket.REPLIED);
	}

	/** (A + B) ÷ replied. */
	public Rate solvedOrScheduledRate() {
		return rate(ReportBucket.CLASS_AB, ReportBucket.REPLIED);
	}

	public Rate rate(ReportBucket numerator, ReportBucket denominator) {
		return new Rate(count(numerator), count(denominator));
	}

	/** The rate named (closureRate, replyRate, ...), for templates and exports. */
	public Rate rate(String name) {
		return switch (name) {
			case "closureRate" -> closureRate();
			case "replyRate" -> replyRate();
			case "onTimeReplyRate" -> onTimeReplyRate();
			case "satisfactionRate" -> satisfactionRate();
			case "satisfiedRate" -> satisfiedRate();
			case "firstRoundSatisfactionRate" -> firstRoundSatisfactionRate();
			case "firstRoundSatisfiedRate" -> firstRoundSatisfiedRate();
			case "rehandledSatisfactionRate" -> rehandledSatisfactionRate();
			case "rehandledSatisfiedRate" -> rehandledSatisfiedRate();
			case "solvedRate" -> solvedRate();
			case "solvedOrScheduledRate" -> solvedOrScheduledRate();
			case "voterSatisfactionRate" -> voterSatisfactionRate();
			default -> throw new IllegalArgumentException(name);
		};
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Measures that && this.counts.equals(that.counts)
				&& Objects.equals(this.problems, that.problems) && this.voters.equals(that.voters));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.counts, this.problems, this.voters);
	}

}
