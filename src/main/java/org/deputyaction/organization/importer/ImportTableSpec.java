package org.deputyaction.organization.importer;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The database table each kind of row is written to, with the columns the importer sets
 * ({@code active} last), in dependency order.
 */
enum ImportTableSpec {

	PREFECTURE("prefecture", col("name", Types.VARCHAR)),

	COUNTY("county", col("name", Types.VARCHAR), col("short_name", Types.VARCHAR), col("prefecture_id", Types.BIGINT)),

	TOWNSHIP("township", col("name", Types.VARCHAR), col("county_id", Types.BIGINT)),

	VENUE("venue", col("kind", Types.VARCHAR), col("name", Types.VARCHAR), col("township_id", Types.BIGINT),
			col("county_id", Types.BIGINT), col("home_id", Types.BIGINT), col("address", Types.VARCHAR)),

	GROUP("deputy_group", col("name", Types.VARCHAR), col("venue_id", Types.BIGINT), col("county_id", Types.BIGINT)),

	DEPUTY("deputy", col("name", Types.VARCHAR), col("level", Types.VARCHAR), col("venue_id", Types.BIGINT),
			col("group_id", Types.BIGINT), col("county_id", Types.BIGINT), col("phone", Types.VARCHAR)),

	UNIT("handling_unit", col("name", Types.VARCHAR), col("level", Types.VARCHAR), col("county_id", Types.BIGINT),
			col("township_id", Types.BIGINT), col("parent_id", Types.BIGINT));

	private final String table;

	private final List<Column> columns;

	ImportTableSpec(String table, Column... columns) {
		this.table = table;
		this.columns = List.of(columns);
	}

	static ImportTableSpec of(ImportKind kind) {
		return switch (kind) {
			case PREFECTURE -> PREFECTURE;
			case COUNTY -> COUNTY;
			case TOWNSHIP -> TOWNSHIP;
			case HOME, STATION -> VENUE;
			case GROUP -> GROUP;
			case DEPUTY -> DEPUTY;
			case UNIT -> UNIT;
		};
	}

	String table() {
		return this.table;
	}

	/** The index of a column in a row's values. */
	int index(String column) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).name().equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException(column);
	}

	String selectByCodes() {
		return "select id, code, " + names() + ", active from " + this.table + " where code = any(?)";
	}

	String insert() {
		String marks = IntStream.range(0, this.columns.size() + 3)
			.mapToObj((i) -> "?")
			.collect(Collectors.joining(", "));
		return "insert into " + this.table + " (id, code, " + names() + ", active) values (" + marks + ")";
	}

	String update() {
		String sets = this.columns.stream().map((column) -> column.name() + " = ?").collect(Collectors.joining(", "));
		return "update " + this.table + " set " + sets + ", active = ?, version = version + 1 where id = ?";
	}

	String nextIds() {
		return "select nextval(pg_get_serial_sequence('" + this.table + "', 'id')) from generate_series(1, ?)";
	}

	int[] insertTypes() {
		int[] types = new int[this.columns.size() + 3];
		types[0] = Types.BIGINT;
		types[1] = Types.VARCHAR;
		for (int i = 0; i < this.columns.size(); i++) {
			types[i + 2] = this.columns.get(i).sqlType();
		}
		types[types.length - 1] = Types.BOOLEAN;
		return types;
	}

	int[] updateTypes() {
		int[] types = Arrays.copyOf(valueTypes(), this.columns.size() + 2);
		types[types.length - 1] = Types.BIGINT;
		return types;
	}

	int[] valueTypes() {
		int[] types = new int[this.columns.size() + 1];
		for (int i = 0; i < this.columns.size(); i++) {
			types[i] = this.columns.get(i).sqlType();
		}
		types[types.length - 1] = Types.BOOLEAN;
		return types;
	}

	int valueCount() {
		return this.columns.size() + 1;
	}

	private String names() {
		return this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
	}

	private static Column col(String name, int sqlType) {
		return new Column(name, sqlType);
	}

	record Column(String name, int sqlType) {

	}

}
