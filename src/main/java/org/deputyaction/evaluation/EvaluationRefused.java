package org.deputyaction.evaluation;

/**
 * Staff asked for something an evaluation cannot do now; the message key says why.
 */
public class EvaluationRefused extends RuntimeException {

	private final String messageKey;

	public EvaluationRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
