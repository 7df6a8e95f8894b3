package org.deputyaction.reporting;

/**
 * The voters' on-site ratings (现场测评) of the suggestions of a report row, summed over the
 * suggestions: each voter's rating counts once. Kept beside the deputy's ratings, never
 * mixed with them.
 */
public record VoterRatings(long satisfied, long basically, long unsatisfied) {

	public static final VoterRatings NONE = new VoterRatings(0, 0, 0);

	public long total() {
		return this.satisfied + this.basically + this.unsatisfied;
	}

	/** The voters' satisfaction: (满意 + 基本满意) ÷ voter ratings. */
	public Rate rate() {
		return new Rate(this.satisfied + this.basically, total());
	}

}
