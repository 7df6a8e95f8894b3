package org.deputyaction.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;

/**
 * Rows of one table collected as CSV and written with PostgreSQL's {@code COPY ... FROM
 * STDIN}, the fastest way in: one round trip per table however many rows.
 */
public final class CopyTable {

	private final String table;

	private final String[] columns;

	private final StringBuilder csv = new StringBuilder(1 << 16);

	private int rows;

	public CopyTable(String table, String... columns) {
		this.table = table;
		this.columns = columns;
	}

	public void row(Object... values) {
		if (values.length != this.columns.length) {
			throw new IllegalArgumentException(
					this.table + ": " + values.length + " values for " + this.columns.length + " columns");
		}
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.csv.append(',');
			}
			append(values[i]);
		}
		this.csv.append('\n');
		this.rows++;
	}

	private void append(Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate
				|| value instanceof Instant) {
			this.csv.append(value);
			return;
		}
		String text = value.toString();
		this.csv.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				this.csv.append('"');
			}
			this.csv.append(c);
		}
		this.csv.append('"');
	}

	public int rows() {
		return this.rows;
	}

	public String table() {
		return this.table;
	}

	/** Sends the rows collected so far and starts again empty. */
	public long copyTo(Connection connection) throws SQLException {
		if (this.rows == 0) {
			return 0;
		}
		String sql = "copy " + this.table + " (" + String.join(", ", this.columns) + ") from stdin (format csv)";
		try {
			long copied = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn(sql, new StringReader(this.csv.toString()));
			this.csv.setLength(0);
			this.rows = 0;
			return copied;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
