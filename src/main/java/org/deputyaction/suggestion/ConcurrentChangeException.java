package org.deputyaction.suggestion;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Someone else changed the item since the user opened it: the command carried an older
 * version. An optimistic-locking failure, so that pages already answer it with 409; forms
 * catch it to re-show the user's input with message key {@link #MESSAGE_KEY}.
 */
public class ConcurrentChangeException extends ObjectOptimisticLockingFailureException {

	private static final long serialVersionUID = 1L;

	public static final String MESSAGE_KEY = "loop.rule.concurrentChange";

	private final long expectedVersion;

	private final long actualVersion;

	public ConcurrentChangeException(Class<?> type, Object id, long expectedVersion, long actualVersion) {
		super(type, id);
		this.expectedVersion = expectedVersion;
		this.actualVersion = actualVersion;
	}

	public long expectedVersion() {
		return this.expectedVersion;
	}

	public long actualVersion() {
		return this.actualVersion;
	}

	public String messageKey() {
		return MESSAGE_KEY;
	}

}
