package org.deputyaction.demo.loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids of one table handed out in memory, so that rows can point at each other before they
 * are written. The block starts at the table's next identity value; {@link #commit} moves
 * the identity past the last id used. Safe only while the table is locked against inserts
 * (see {@link LoopTables#lock}).
 */
final class IdBlock {

	private final String table;

	private final long first;

	private long next;

	private IdBlock(String table, long first) {
		this.table = table;
		this.first = first;
		this.next = first;
	}

	static IdBlock reserve(Connection connection, String table) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select nextval(pg_get_serial_sequence(?, 'id'))")) {
			statement.setString(1, table);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return new IdBlock(table, rs.getLong(1));
			}
		}
	}

	long next() {
		return this.next++;
	}

	long used() {
		return this.next - this.first;
	}

	void commit(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select setval(pg_get_serial_sequence(?, 'id'), ?, true)")) {
			statement.setString(1, this.table);
			statement.setLong(2, Math.max(this.first, this.next - 1));
			statement.executeQuery().close();
		}
	}

}
