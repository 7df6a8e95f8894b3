package org.deputyaction.evaluation;

/**
 * What became of a voter's rating; every outcome has a message the voter reads.
 */
public enum RatingOutcome {

	/** Counted. */
	COUNTED,
	/** This device rated this evaluation before; only the first rating counts. */
	ALREADY_RATED,
	/** Enough ratings came from this network for this evaluation. */
	ADDRESS_LIMIT_REACHED,
	/** The browser keeps no cookie, so a device cannot be told from another. */
	NO_DEVICE,
	/** Staff closed the evaluation. */
	CLOSED,
	/** The evaluation's time ran out. */
	EXPIRED;

	public boolean counted() {
		return this == COUNTED;
	}

	public String messageKey() {
		return "evaluation.outcome." + name();
	}

}
