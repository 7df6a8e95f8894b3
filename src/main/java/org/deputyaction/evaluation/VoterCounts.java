package org.deputyaction.evaluation;

/**
 * The voters' on-site ratings of an item or of one evaluation: 满意, 基本满意 and 不满意.
 */
public record VoterCounts(long satisfied, long basically, long unsatisfied) {

	public static final VoterCounts NONE = new VoterCounts(0, 0, 0);

	public long total() {
		return this.satisfied + this.basically + this.unsatisfied;
	}

	/** 满意 + 基本满意. */
	public long satisfiedAtLeastBasically() {
		return this.satisfied + this.basically;
	}

	public VoterCounts plus(VoterCounts other) {
		return new VoterCounts(this.satisfied + other.satisfied, this.basically + other.basically,
				this.unsatisfied + other.unsatisfied);
	}

}
