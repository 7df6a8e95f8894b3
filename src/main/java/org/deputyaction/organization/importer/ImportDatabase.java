package org.deputyaction.organization.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deputyaction.organization.AdministrativeLevel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The importer's statements: stored rows by code, new ids, batched inserts and updates,
 * and the denormalised county and township columns kept in step afterwards.
 */
@Component
class ImportDatabase {

	/** Serialises imports, so that two at once cannot create the same code twice. */
	private static final long IMPORT_LOCK = 0x4f52475f494d50L;

	private final JdbcTemplate jdbc;

	ImportDatabase(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void lock() {
		this.jdbc.query("select pg_advisory_xact_lock(?)", (rs) -> null, IMPORT_LOCK);
	}

	/**
	 * The stored rows of every kind whose code is one of the given codes.
	 */
	Map<String, List<ImportNode>> stored(Set<String> codes) {
		String[] array = codes.toArray(String[]::new);
		Map<String, List<ImportNode>> byCode = new HashMap<>();
		for (ImportTableSpec spec : ImportTableSpec.values()) {
			this.jdbc.query(spec.selectByCodes(), (ResultSet rs) -> {
				String code = rs.getString("code");
				ImportNode node = ImportNode.existing(existing(spec, rs), code);
				byCode.computeIfAbsent(code, (key) -> new ArrayList<>(1)).add(node);
			}, (Object) array);
		}
		return byCode;
	}

	private static ImportNode.Existing existing(ImportTableSpec spec, ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		List<Object> values = new ArrayList<>(spec.valueCount());
		for (int i = 0; i < spec.valueCount(); i++) {
			values.add(rs.getObject(i + 3));
		}
		return switch (spec) {
			case PREFECTURE -> new ImportNode.Existing(ImportKind.PREFECTURE, id, null, null, null, values);
			case COUNTY -> new ImportNode.Existing(ImportKind.COUNTY, id, id, null, null, values);
			case TOWNSHIP ->
				new ImportNode.Existing(ImportKind.TOWNSHIP, id, rs.getLong("county_id"), id, null, values);
			case VENUE -> new ImportNode.Existing(
					"DEPUTY_HOME".equals(rs.getString("kind")) ? ImportKind.HOME : ImportKind.STATION, id,
					rs.getLong("county_id"), rs.getLong("township_id"), null, values);
			case GROUP -> new ImportNode.Existing(ImportKind.GROUP, id, rs.getLong("county_id"), null, null, values);
			case DEPUTY -> new ImportNode.Existing(ImportKind.DEPUTY, id, rs.getLong("county_id"), null,
					AdministrativeLevel.valueOf(rs.getString("level")), values);
			case UNIT -> new ImportNode.Existing(ImportKind.UNIT, id, rs.getObject("county_id", Long.class),
					rs.getObject("township_id", Long.class), AdministrativeLevel.valueOf(rs.getString("level")),
					values);
		};
	}

	/**
	 * Takes ids for new rows from the table's identity sequence, in one statement.
	 */
	void allocateIds(ImportTableSpec spec, List<ImportNode> nodes) {
		if (nodes.isEmpty()) {
			return;
		}
		List<Long> ids = this.jdbc.queryForList(spec.nextIds(), Long.class, nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			nodes.get(i).id = ids.get(i);
		}
	}

	void insert(ImportTableSpec spec, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(spec.insert(), rows, spec.insertTypes());
		}
	}

	void update(ImportTableSpec spec, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(spec.update(), rows, spec.updateTypes());
		}
	}

	/**
	 * After townships, venues or units moved: brings the county and township columns that
	 * copy a parent's back in step, for rows the file did not name.
	 */
	void realignDescendants() {
		this.jdbc.update("""
				update venue s set township_id = h.township_id, version = s.version + 1
				from venue h where s.home_id = h.id and s.township_id <> h.township_id""");
		this.jdbc.update("""
				update venue v set county_id = t.county_id, version = v.version + 1
				from township t where v.township_id = t.id and v.county_id <> t.county_id""");
		this.jdbc.update("""
				update deputy_group g set county_id = v.county_id, version = g.version + 1
				from venue v where g.venue_id = v.id and g.county_id <> v.county_id""");
		this.jdbc.update("""
				update deputy d set county_id = v.county_id, version = d.version + 1
				from venue v where d.venue_id = v.id and d.county_id <> v.county_id""");
		this.jdbc.update("""
				update handling_unit u set county_id = t.county_id, version = u.version + 1
				from township t where u.township_id = t.id and u.county_id is distinct from t.county_id""");
		for (int depth = 0; depth < 20; depth++) {
			int changed = this.jdbc
				.update("""
						update handling_unit c set county_id = p.county_id, township_id = p.township_id,
						  version = c.version + 1
						from handling_unit p where c.parent_id = p.id
						  and (c.county_id is distinct from p.county_id or c.township_id is distinct from p.township_id)""");
			if (changed == 0) {
				break;
			}
		}
	}

	void recordImport(String importedBy, String fileName, ImportReport report) {
		this.jdbc.update("""
				insert into organization_import (imported_by, file_name, data_rows, created, updated, unchanged)
				values (?, ?, ?, ?, ?, ?)""", importedBy, fileName, report.rows(), report.created(), report.updated(),
				report.unchanged());
	}

	List<ImportRun> recentImports(int limit) {
		return this.jdbc.query("""
				select imported_at, imported_by, file_name, data_rows, created, updated, unchanged
				from organization_import order by imported_at desc, id desc limit ?""",
				(rs, i) -> new ImportRun(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getInt(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7)),
				limit);
	}

}
