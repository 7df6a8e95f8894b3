package org.deputyaction.system.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides whether a failed request failed because the database is unreachable: surely so
 * for connection failures, and for other database failures when the database does not
 * answer now (asked only on such failures, within the pool's connection timeout).
 */
@Component
class DatabaseReachability {

	private static final int VALIDATION_SECONDS = 2;

	private final ObjectProvider<DataSource> dataSource;

	DatabaseReachability(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	boolean explains(Throwable failure) {
		if (DatabaseUnavailable.causedBy(failure)) {
			return true;
		}
		return DatabaseUnavailable.involvesDatabase(failure) && !reachable();
	}

	private boolean reachable() {
		DataSource source = this.dataSource.getIfAvailable();
		if (source == null) {
			return true;
		}
		try (Connection connection = source.getConnection()) {
			return connection.isValid(VALIDATION_SECONDS);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
