package org.deputyaction.publication.internal;

/**
 * The voters' on-site ratings of an item (现场测评): 满意, 基本满意, 不满意. Null on a row means none
 * yet, as on postings made before voters rated on site.
 */
public record VoterTally(long satisfied, long basically, long unsatisfied) {

	public long total() {
		return this.satisfied + this.basically + this.unsatisfied;
	}

	static VoterTally of(long satisfied, long basically, long unsatisfied) {
		return (satisfied + basically + unsatisfied > 0) ? new VoterTally(satisfied, basically, unsatisfied) : null;
	}

}
