package org.deputyaction.organization.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Imports the organisation from one spreadsheet table: prefecture, counties, townships,
 * deputy homes, liaison stations, deputy groups, deputies and handling units. Rows may
 * refer to rows earlier or later in the file and to rows already stored; a stored code is
 * updated rather than duplicated. Every row is checked first: if any is wrong, the report
 * lists the problems and nothing is written; otherwise everything is written in one
 * transaction.
 */
@Service
public class OrganizationImporter {

	/** The largest file accepted, in bytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most data rows accepted in one file. */
	public static final int MAX_ROWS = 50_000;

	/** The most problems a report lists; the total is counted beyond. */
	public static final int MAX_PROBLEMS = 500;

	private static final Logger log = LoggerFactory.getLogger(OrganizationImporter.class);

	private final ImportDatabase database;

	OrganizationImporter(ImportDatabase database) {
		this.database = database;
	}

	/**
	 * Checks the file and, if every row is right, writes it.
	 * @param fileName the uploaded file's name, whose extension tells .xlsx from .csv
	 * @param content the file's bytes
	 * @param importedBy who imports, for the import history
	 */
	@Transactional
	public ImportReport importFile(String fileName, byte[] content, String importedBy) {
		Assert.hasText(importedBy, "importedBy is required");
		return run(fileName, content, importedBy);
	}

	/**
	 * Checks the file as {@link #importFile} does, but writes nothing.
	 */
	@Transactional(readOnly = true)
	public ImportReport check(String fileName, byte[] content) {
		return run(fileName, content, null);
	}

	/**
	 * The latest imports that wrote to the database, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ImportRun> recentImports(int limit) {
		return this.database.recentImports(limit);
	}

	private ImportReport run(String fileName, byte[] content, String importedBy) {
		if (content.length > MAX_BYTES) {
			return failed(ImportProblem.ofFile("importer.error.tooLarge", MAX_BYTES / (1024 * 1024)), 0);
		}
		ImportTable table;
		try {
			table = new TableReader(MAX_ROWS).read(fileName, content);
		}
		catch (ImportFileException ex) {
			return failed(ex.problem(), 0);
		}
		boolean write = importedBy != null;
		if (write) {
			this.database.lock();
		}
		ImportPlanner.Plan plan = new ImportPlanner().plan(table, this.database::stored);
		int rows = table.lines().size();
		if (!plan.problems().isEmpty()) {
			List<ImportProblem> problems = plan.problems();
			return ImportReport.failed(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)), problems.size(),
					rows);
		}
		ImportReport report = write(plan, rows, write);
		if (write) {
			this.database.recordImport(importedBy, (fileName != null) ? abbreviate(fileName) : "-", report);
			log.info("Organisation import of {} by {}: {} created, {} updated, {} unchanged", fileName, importedBy,
					report.created(), report.updated(), report.unchanged());
		}
		return report;
	}

	private ImportReport write(ImportPlanner.Plan plan, int rows, boolean write) {
		List<ImportNode> nodes = plan.nodes();
		Map<ImportTableSpec, List<ImportNode>> newByTable = new EnumMap<>(ImportTableSpec.class);
		for (ImportNode node : nodes) {
			if (node.isNew()) {
				newByTable.computeIfAbsent(ImportTableSpec.of(node.kind), (spec) -> new ArrayList<>()).add(node);
			}
		}
		if (write) {
			newByTable.forEach(this.database::allocateIds);
		}
		else {
			long provisional = -1;
			for (ImportNode node : nodes) {
				if (node.isNew()) {
					node.id = provisional--;
				}
			}
		}
		Map<ImportKind, int[]> counts = new EnumMap<>(ImportKind.class);
		Map<ImportTableSpec, List<Object[]>> inserts = new EnumMap<>(ImportTableSpec.class);
		Map<ImportTableSpec, List<Object[]>> updates = new EnumMap<>(ImportTableSpec.class);
		boolean moved = false;
		for (ImportNode node : ordered(nodes)) {
			ImportTableSpec spec = ImportTableSpec.of(node.kind);
			int[] count = counts.computeIfAbsent(node.kind, (kind) -> new int[3]);
			List<Object> values = values(spec, node, plan.columns());
			if (node.isNew()) {
				Object[] row = new Object[values.size() + 2];
				row[0] = node.id;
				row[1] = node.code;
				for (int i = 0; i < values.size(); i++) {
					row[i + 2] = values.get(i);
				}
				inserts.computeIfAbsent(spec, (key) -> new ArrayList<>()).add(row);
				count[0]++;
			}
			else if (!sameValues(values, node.existing.values())) {
				Object[] row = Arrays.copyOf(values.toArray(), values.size() + 1);
				row[row.length - 1] = node.id;
				updates.computeIfAbsent(spec, (key) -> new ArrayList<>()).add(row);
				moved |= node.kind != ImportKind.PREFECTURE && node.kind != ImportKind.COUNTY
						&& node.kind != ImportKind.GROUP && node.kind != ImportKind.DEPUTY;
				count[1]++;
			}
			else {
				count[2]++;
			}
		}
		if (write) {
			inserts.forEach(this.database::insert);
			updates.forEach(this.database::update);
			if (moved) {
				this.database.realignDescendants();
			}
		}
		List<ImportCounts> result = new ArrayList<>();
		counts.forEach((kind, count) -> result.add(new ImportCounts(kind, count[0], count[1], count[2])));
		return new ImportReport(List.of(), 0, rows, List.copyOf(result), write);
	}

	/**
	 * Rows in the order they may be inserted: by table, homes before stations, parent
	 * units before their children.
	 */
	private static List<ImportNode> ordered(List<ImportNode> nodes) {
		List<ImportNode> ordered = new ArrayList<>(nodes);
		ordered.sort(Comparator.comparing((ImportNode node) -> ImportTableSpec.of(node.kind))
			.thenComparing((node) -> node.kind)
			.thenComparingInt((node) -> (node.kind == ImportKind.UNIT) ? node.unitDepth() : 0));
		return ordered;
	}

	/**
	 * The values of a row's columns after the import; a column missing from the file
	 * keeps a stored row's value.
	 */
	private static List<Object> values(ImportTableSpec spec, ImportNode node, Set<ImportColumn> columns) {
		List<Object> old = (node.existing != null) ? node.existing.values() : null;
		List<Object> values = new ArrayList<>(spec.valueCount());
		switch (node.kind) {
			case PREFECTURE -> values.add(node.name);
			case COUNTY -> {
				values.add(node.name);
				values
					.add((node.shortName != null || old == null) ? node.shortName : old.get(spec.index("short_name")));
				values.add(node.parent.id);
			}
			case TOWNSHIP -> {
				values.add(node.name);
				values.add(node.parent.id);
			}
			case HOME, STATION -> {
				values.add((node.kind == ImportKind.HOME) ? "DEPUTY_HOME" : "LIAISON_STATION");
				values.add(node.name);
				values.add(node.townshipId());
				values.add(node.countyId());
				values.add((node.parent.kind == ImportKind.HOME) ? node.parent.id : null);
				values.add(node.address);
			}
			case GROUP -> {
				values.add(node.name);
				values.add(node.parent.id);
				values.add(node.countyId());
			}
			case DEPUTY -> {
				values.add(node.name);
				values.add((node.level != null || old == null) ? node.level.name() : old.get(spec.index("level")));
				values.add(node.parent.id);
				values.add((node.group != null) ? node.group.id : null);
				values.add(node.countyId());
				values.add(node.phone);
			}
			case UNIT -> {
				values.add(node.name);
				values.add(node.unitLevel().name());
				values.add(node.countyId());
				values.add(node.townshipId());
				values.add((node.parent.kind == ImportKind.UNIT) ? node.parent.id : null);
			}
		}
		values.add(Boolean.TRUE);
		if (old != null) {
			keepWhereColumnMissing(spec, columns, values, old);
		}
		return values;
	}

	private static void keepWhereColumnMissing(ImportTableSpec spec, Set<ImportColumn> columns, List<Object> values,
			List<Object> old) {
		if (spec == ImportTableSpec.VENUE && !columns.contains(ImportColumn.ADDRESS)) {
			values.set(spec.index("address"), old.get(spec.index("address")));
		}
		if (spec == ImportTableSpec.DEPUTY) {
			if (!columns.contains(ImportColumn.PHONE)) {
				values.set(spec.index("phone"), old.get(spec.index("phone")));
			}
			if (!columns.contains(ImportColumn.GROUP_CODE)) {
				values.set(spec.index("group_id"), old.get(spec.index("group_id")));
			}
		}
	}

	private static boolean sameValues(List<Object> values, List<Object> old) {
		if (values.size() != old.size()) {
			return false;
		}
		for (int i = 0; i < values.size(); i++) {
			if (!Objects.equals(values.get(i), old.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static ImportReport failed(ImportProblem problem, int rows) {
		return ImportReport.failed(List.of(problem), 1, rows);
	}

	private static String abbreviate(String fileName) {
		return (fileName.length() <= 255) ? fileName : fileName.substring(0, 255);
	}

}
