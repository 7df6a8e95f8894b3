package org.deputyaction.system.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.HibernateException;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells whether a failure means the database cannot be reached (stopped, restarting,
 * network gone, no connection within the pool's timeout) rather than a fault of the
 * request or of the code: such a failure is answered with 503, not 500.
 */
final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the failure came from the database at all (for instance a rollback that
	 * failed on a connection the server had closed, which hides the first failure): then
	 * whether the database can still be reached decides between 503 and 500.
	 */
	static boolean involvesDatabase(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException || cause instanceof HibernateException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQL state class 08 (connection exception) and 57P01 to 57P03 (the server shutting
	 * down, crashed or starting up).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
