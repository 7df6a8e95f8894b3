package org.deputyaction.demo.generator;

import org.deputyaction.system.CopyTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.deputyaction.demo.loop.Catalog;
import org.deputyaction.demo.loop.LoopSimulator;
import org.deputyaction.demo.loop.LoopTables;
import org.deputyaction.demo.loop.Places;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.system.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with data for performance work: prefectures shaped like the demo's
 * 恩施州 (8 counties, 89 townships, 92 homes, 495 stations and groups, 2,212 deputies, 184
 * units each, codes prefixed by the new prefecture's code) and items of the closed loop
 * in every state, played like the demo items and written with COPY, one transaction per
 * chunk of items.
 */
@Component
public class DataGenerator {

	/** Items (problems and suggestions together) per prefecture when none is given. */
	static final long ITEMS_PER_PREFECTURE = 100_000;

	/** Items written per transaction. */
	static final int CHUNK = 10_000;

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private static final String ORGANIZATION_FILE = "demo/organization.csv";

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final LoopSettingsService settings;

	private final Clock clock;

	DataGenerator(DataSource dataSource, TransactionTemplate transaction, LoopSettingsService settings, Clock clock) {
		this.dataSource = dataSource;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	/** What was generated: the new prefectures' codes and the rows written. */
	public record Result(List<String> prefectureCodes, long items, long rows) {
	}

	/**
	 * Generates about {@code items} items over {@code prefectures} new prefectures (0:
	 * one per 100,000 items), spread over the last {@code years} years.
	 */
	public Result generate(long items, int prefectures, int years) {
		return generate(items, prefectures, years, null);
	}

	/**
	 * As {@link #generate(long, int, int)}; with {@code into} (an existing prefecture's
	 * code, e.g. the demo's {@code ES}) all items go into that prefecture and its
	 * organisation instead of new ones, so that the installation's public pages and the
	 * demo accounts see them.
	 */
	public Result generate(long items, int prefectures, int years, String into) {
		if (into != null && !into.isBlank()) {
			Long id = inTransaction((connection) -> existingPrefecture(connection, into.strip()));
			if (id == null) {
				throw new IllegalArgumentException("No prefecture with the code " + into);
			}
			String unitPrefix = into.strip().startsWith("G") ? into.strip() + "-U-Z-" : "U-Z-";
			long done = writeItems(id, into.strip(), unitPrefix, items, years, 0);
			return new Result(List.of(into.strip()), done, this.lastRows);
		}
		int count = (prefectures > 0) ? prefectures
				: (int) Math.max(1, Math.round(items / (double) ITEMS_PER_PREFECTURE));
		List<String[]> organization = readOrganization();
		List<String> codes = new ArrayList<>();
		long rows = 0;
		long written = 0;
		for (int p = 0; p < count; p++) {
			long share = items / count + ((p < items % count) ? 1 : 0);
			long[] prefecture = inTransaction((connection) -> writeOrganization(connection, organization));
			String code = "G" + prefecture[0];
			codes.add(code);
			rows += prefecture[1];
			long done = writeItems(prefecture[0], code, code + "-U-Z-", share, years, written);
			rows += this.lastRows;
			written += done;
		}
		return new Result(codes, written, rows);
	}

	/** Rows written by the last {@link #writeItems} call. */
	private long lastRows;

	private long writeItems(long prefectureId, String code, String unitPrefix, long share, int years,
			long writtenBefore) {
		Catalog catalog = Catalog.load();
		LoopDeadlines deadlines = this.settings.deadlines();
		Places places = inTransaction((connection) -> Places.read(connection, prefectureId, unitPrefix));
		LoopSimulator simulator = new LoopSimulator(places, catalog, deadlines, this.clock.instant(),
				TimeConfiguration.ZONE, Math.max(1, years) * 365, new SplittableRandom(prefectureId));
		long done = 0;
		long rows = 0;
		while (done < share) {
			int chunk = (int) Math.min(CHUNK, share - done);
			List<LoopSimulator.Plan> plans = simulator.mix(chunk);
			rows += inTransaction((connection) -> {
				LoopTables tables = new LoopTables();
				tables.begin(connection);
				simulator.play(plans, tables);
				return tables.finish(connection);
			});
			done += plans.stream().mapToInt((plan) -> plan.scenario().isSuggestion() ? 2 : 1).sum();
		}
		log.info("Prefecture {}: {} items ({} of {} in all)", code, done, writtenBefore + done, writtenBefore + share);
		this.lastRows = rows;
		return done;
	}

	private static Long existingPrefecture(Connection connection, String code) throws SQLException {
		try (var statement = connection.prepareStatement("select id from prefecture where code = ?")) {
			statement.setString(1, code);
			try (var rs = statement.executeQuery()) {
				return rs.next() ? rs.getLong(1) : null;
			}
		}
	}

	private interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

	private <T> T inTransaction(Work<T> work) {
		return this.transaction.execute((status) -> {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				return work.run(connection);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The data generator failed", ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
	}

	private static List<String[]> readOrganization() {
		try (InputStream in = new ClassPathResource(ORGANIZATION_FILE).getInputStream()) {
			List<String[]> rows = new ArrayList<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.filter((line) -> !line.isBlank())
				.forEach((line) -> rows.add(line.split(",", -1)));
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes one prefecture cloned from the demo organisation.
	 * @return the new prefecture's id and the rows written
	 */
	private long[] writeOrganization(Connection connection, List<String[]> organization) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table prefecture, county, township, venue, deputy_group, deputy, handling_unit"
					+ " in share row exclusive mode");
		}
		Map<String, CopyTable> tables = new HashMap<>();
		CopyTable prefectureTable = new CopyTable("prefecture", "id", "code", "name");
		CopyTable countyTable = new CopyTable("county", "id", "code", "name", "short_name", "prefecture_id");
		CopyTable townshipTable = new CopyTable("township", "id", "code", "name", "county_id");
		CopyTable venueTable = new CopyTable("venue", "id", "code", "kind", "name", "township_id", "county_id",
				"home_id", "address");
		CopyTable groupTable = new CopyTable("deputy_group", "id", "code", "name", "venue_id", "county_id");
		CopyTable deputyTable = new CopyTable("deputy", "id", "code", "name", "level", "venue_id", "group_id",
				"county_id", "phone");
		CopyTable unitTable = new CopyTable("handling_unit", "id", "code", "name", "level", "county_id", "township_id");
		List<CopyTable> order = List.of(prefectureTable, countyTable, townshipTable, venueTable, groupTable,
				deputyTable, unitTable);
		Map<CopyTable, long[]> ids = new HashMap<>();
		for (CopyTable table : order) {
			ids.put(table, new long[] { nextval(connection, table.table()), 0 });
			tables.put(table.table(), table);
		}
		long prefectureId = take(ids, prefectureTable);
		String prefix = "G" + prefectureId + "-";
		// code -> id, county id, township id
		Map<String, long[]> known = new HashMap<>();
		for (String[] row : organization) {
			String kind = row[0];
			String code = row[1];
			String name = row[2];
			long[] parent = known.get(row[3]);
			switch (kind) {
				case "PREFECTURE" -> {
					prefectureTable.row(prefectureId, "G" + prefectureId, name + " " + prefectureId);
					known.put(code, new long[] { prefectureId, 0, 0 });
				}
				case "COUNTY" -> {
					long id = take(ids, countyTable);
					countyTable.row(id, prefix + code, name, row[6] + "G" + prefectureId, prefectureId);
					known.put(code, new long[] { id, id, 0 });
				}
				case "TOWNSHIP" -> {
					long id = take(ids, townshipTable);
					townshipTable.row(id, prefix + code, name, parent[1]);
					known.put(code, new long[] { id, parent[1], id });
				}
				case "HOME", "STATION" -> {
					long id = take(ids, venueTable);
					boolean home = "HOME".equals(kind);
					venueTable.row(id, prefix + code, home ? "DEPUTY_HOME" : "LIAISON_STATION", name, parent[2],
							parent[1], home ? null : parent[0], row[7].isEmpty() ? null : row[7]);
					known.put(code, new long[] { id, parent[1], parent[2] });
				}
				case "GROUP" -> {
					long id = take(ids, groupTable);
					groupTable.row(id, prefix + code, name, parent[0], parent[1]);
					known.put(code, new long[] { id, parent[1], parent[2] });
				}
				case "DEPUTY" -> {
					long id = take(ids, deputyTable);
					long[] group = row[5].isEmpty() ? null : known.get(row[5]);
					deputyTable.row(id, prefix + code, name, row[4], parent[0], (group != null) ? group[0] : null,
							parent[1], row[8].isEmpty() ? null : row[8]);
				}
				case "UNIT" -> {
					long id = take(ids, unitTable);
					unitTable.row(id, prefix + code, name, row[4], (parent[1] != 0) ? parent[1] : null,
							(parent[2] != 0) ? parent[2] : null);
				}
				default -> throw new IllegalStateException("unknown kind " + kind);
			}
		}
		long rows = 0;
		for (CopyTable table : order) {
			rows += table.copyTo(connection);
			long[] block = ids.get(table);
			try (Statement statement = connection.createStatement()) {
				statement
					.executeQuery("select setval(pg_get_serial_sequence('" + table.table() + "', 'id'), "
							+ Math.max(block[0], block[0] + block[1] - 1) + ", true)")
					.close();
			}
		}
		return new long[] { prefectureId, rows };
	}

	private static long take(Map<CopyTable, long[]> ids, CopyTable table) {
		long[] block = ids.get(table);
		return block[0] + block[1]++;
	}

	private static long nextval(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
