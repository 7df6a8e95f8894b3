package org.deputyaction.evaluation;

/**
 * No evaluation has the code given, or too many wrong codes came from the same address
 * lately (then no code is looked up at all until the window passes).
 */
public class WrongCodeException extends RuntimeException {

	private final boolean throttled;

	public WrongCodeException(boolean throttled) {
		super(throttled ? "too many wrong codes" : "no evaluation with this code");
		this.throttled = throttled;
	}

	public boolean throttled() {
		return this.throttled;
	}

}
