package org.deputyaction.organization.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.deputyaction.organization.AdministrativeLevel;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks every row of an import table against the rules and against what the database
 * already holds, and links rows to their parents, whether earlier or later in the file or
 * already stored.
 */
final class ImportPlanner {

	static final int MAX_CODE_LENGTH = 40;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final Map<ImportKind, Set<ImportKind>> PARENT_KINDS = new EnumMap<>(ImportKind.class);

	static {
		PARENT_KINDS.put(ImportKind.PREFECTURE, EnumSet.noneOf(ImportKind.class));
		PARENT_KINDS.put(ImportKind.COUNTY, EnumSet.of(ImportKind.PREFECTURE));
		PARENT_KINDS.put(ImportKind.TOWNSHIP, EnumSet.of(ImportKind.COUNTY));
		PARENT_KINDS.put(ImportKind.HOME, EnumSet.of(ImportKind.TOWNSHIP));
		PARENT_KINDS.put(ImportKind.STATION, EnumSet.of(ImportKind.TOWNSHIP, ImportKind.HOME));
		PARENT_KINDS.put(ImportKind.GROUP, EnumSet.of(ImportKind.HOME, ImportKind.STATION));
		PARENT_KINDS.put(ImportKind.DEPUTY, EnumSet.of(ImportKind.HOME, ImportKind.STATION));
		PARENT_KINDS.put(ImportKind.UNIT,
				EnumSet.of(ImportKind.PREFECTURE, ImportKind.COUNTY, ImportKind.TOWNSHIP, ImportKind.UNIT));
	}

	private final ImportVocabulary vocabulary = ImportVocabulary.get();

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);

	private final Map<String, ImportNode> fileNodes = new LinkedHashMap<>();

	/**
	 * Codes of rows whose kind could not be read: references to them are not reported
	 * again.
	 */
	private final Set<String> brokenCodes = new HashSet<>();

	private Map<String, List<ImportNode>> stored = Map.of();

	/**
	 * Plans the import of a table. The lookup returns the stored rows for a set of codes.
	 */
	Plan plan(ImportTable table, Function<Set<String>, Map<String, List<ImportNode>>> lookup) {
		readHeader(table.header());
		if (!this.problems.isEmpty()) {
			return new Plan(List.of(), this.problems, Set.of());
		}
		boolean needsParent = false;
		Set<String> mentioned = new HashSet<>();
		Map<String, Integer> firstRows = new HashMap<>();
		for (ImportTable.Line line : table.lines()) {
			ImportNode node = readLine(line, firstRows);
			if (node != null) {
				needsParent |= node.kind != ImportKind.PREFECTURE;
				mentioned.add(node.code);
			}
			addIfPresent(mentioned, cell(line, ImportColumn.PARENT_CODE));
			addIfPresent(mentioned, cell(line, ImportColumn.GROUP_CODE));
		}
		if (needsParent && !this.columns.containsKey(ImportColumn.PARENT_CODE)) {
			this.problems.add(ImportProblem.ofFile("importer.error.missingColumn", header(ImportColumn.PARENT_CODE)));
			return new Plan(List.of(), this.problems, Set.of());
		}
		this.stored = mentioned.isEmpty() ? Map.of() : lookup.apply(mentioned);
		for (ImportNode node : this.fileNodes.values()) {
			matchStored(node);
			link(node);
		}
		for (ImportNode node : this.fileNodes.values()) {
			if (node.kind == ImportKind.UNIT && node.parent != null) {
				checkUnit(node);
			}
		}
		this.problems.sort(Comparator.comparingInt(ImportProblem::row)
			.thenComparing((problem) -> (problem.column() != null) ? problem.column().ordinal() : -1));
		return new Plan(List.copyOf(this.fileNodes.values()), this.problems, Set.copyOf(this.columns.keySet()));
	}

	private void readHeader(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			String text = header.get(i);
			if (text.isBlank()) {
				continue;
			}
			var column = this.vocabulary.column(text);
			if (column.isPresent()) {
				if (this.columns.containsKey(column.get())) {
					this.problems.add(ImportProblem.of(1, column.get(), "importer.error.duplicateColumn", text));
				}
				else {
					this.columns.put(column.get(), i);
				}
			}
		}
		for (ImportColumn required : List.of(ImportColumn.KIND, ImportColumn.CODE, ImportColumn.NAME)) {
			if (!this.columns.containsKey(required)) {
				this.problems.add(ImportProblem.ofFile("importer.error.missingColumn", header(required)));
			}
		}
	}

	private ImportNode readLine(ImportTable.Line line, Map<String, Integer> firstRows) {
		int row = line.number();
		String kindWord = cell(line, ImportColumn.KIND);
		ImportKind kind = null;
		if (kindWord.isEmpty()) {
			problem(row, ImportColumn.KIND, "importer.error.required");
		}
		else {
			kind = this.vocabulary.kind(kindWord).orElse(null);
			if (kind == null) {
				problem(row, ImportColumn.KIND, "importer.error.unknownKind", kindWord);
			}
		}
		String code = cell(line, ImportColumn.CODE);
		boolean codeValid = false;
		if (code.isEmpty()) {
			problem(row, ImportColumn.CODE, "importer.error.required");
		}
		else if (code.length() > MAX_CODE_LENGTH) {
			problem(row, ImportColumn.CODE, "importer.error.tooLong", MAX_CODE_LENGTH);
		}
		else if (!CODE.matcher(code).matches()) {
			problem(row, ImportColumn.CODE, "importer.error.codeFormat", code);
		}
		else {
			Integer first = firstRows.putIfAbsent(code, row);
			if (first != null) {
				problem(row, ImportColumn.CODE, "importer.error.duplicateCode", code, first);
			}
			else {
				codeValid = true;
			}
		}
		String name = cell(line, ImportColumn.NAME);
		if (name.isEmpty()) {
			problem(row, ImportColumn.NAME, "importer.error.required");
		}
		else if (name.length() > maxNameLength(kind)) {
			problem(row, ImportColumn.NAME, "importer.error.tooLong", maxNameLength(kind));
		}
		if (kind == null) {
			if (codeValid) {
				this.brokenCodes.add(code);
			}
			return null;
		}
		ImportNode node = new ImportNode(kind, code, line);
		node.name = name;
		if (kind == ImportKind.DEPUTY || kind == ImportKind.UNIT) {
			String levelWord = cell(line, ImportColumn.LEVEL);
			if (!levelWord.isEmpty()) {
				node.level = this.vocabulary.level(levelWord).orElse(null);
				if (node.level == null) {
					problem(row, ImportColumn.LEVEL, "importer.error.unknownLevel", levelWord);
				}
			}
		}
		if (kind == ImportKind.COUNTY) {
			node.shortName = emptyToNull(cell(line, ImportColumn.SHORT_NAME));
			checkLength(node.shortName, 20, row, ImportColumn.SHORT_NAME);
		}
		if (kind == ImportKind.HOME || kind == ImportKind.STATION) {
			node.address = emptyToNull(cell(line, ImportColumn.ADDRESS));
			checkLength(node.address, 200, row, ImportColumn.ADDRESS);
		}
		if (kind == ImportKind.DEPUTY) {
			node.phone = emptyToNull(cell(line, ImportColumn.PHONE));
			checkLength(node.phone, 30, row, ImportColumn.PHONE);
		}
		if (codeValid) {
			this.fileNodes.put(code, node);
		}
		return codeValid ? node : null;
	}

	private void matchStored(ImportNode node) {
		List<ImportNode> candidates = this.stored.getOrDefault(node.code, List.of());
		for (ImportNode candidate : candidates) {
			if (candidate.kind == node.kind) {
				node.existing = candidate.existing;
				node.id = candidate.id;
				return;
			}
		}
		if (!candidates.isEmpty()) {
			problem(node.row(), ImportColumn.CODE, "importer.error.codeUsedByOtherKind", node.code,
					ImportProblem.kindName(candidates.get(0).kind));
		}
	}

	private void link(ImportNode node) {
		int row = node.row();
		String parentCode = cell(node.line, ImportColumn.PARENT_CODE);
		Set<ImportKind> allowed = PARENT_KINDS.get(node.kind);
		if (allowed.isEmpty()) {
			if (!parentCode.isEmpty()) {
				problem(row, ImportColumn.PARENT_CODE, "importer.error.parentNotAllowed");
			}
		}
		else if (parentCode.isEmpty()) {
			problem(row, ImportColumn.PARENT_CODE, "importer.error.parentRequired", kindNames(allowed));
		}
		else {
			node.parent = resolve(parentCode, allowed, row, ImportColumn.PARENT_CODE);
			if (node.parent == node) {
				problem(row, ImportColumn.PARENT_CODE, "importer.error.cycle");
				node.parent = null;
			}
		}
		if (node.kind == ImportKind.DEPUTY) {
			String groupCode = cell(node.line, ImportColumn.GROUP_CODE);
			if (!groupCode.isEmpty()) {
				node.group = resolve(groupCode, EnumSet.of(ImportKind.GROUP), row, ImportColumn.GROUP_CODE);
			}
			if (node.level == null && node.isNew() && cell(node.line, ImportColumn.LEVEL).isEmpty()) {
				problem(row, ImportColumn.LEVEL, "importer.error.required");
			}
		}
		if (node.kind == ImportKind.COUNTY && node.shortName == null && node.isNew()) {
			problem(row, ImportColumn.SHORT_NAME, "importer.error.required");
		}
	}

	private ImportNode resolve(String code, Set<ImportKind> allowed, int row, ImportColumn column) {
		ImportNode inFile = this.fileNodes.get(code);
		if (inFile != null) {
			if (allowed.contains(inFile.kind)) {
				return inFile;
			}
			problem(row, column, "importer.error.wrongKind", code, ImportProblem.kindName(inFile.kind),
					kindNames(allowed));
			return null;
		}
		if (this.brokenCodes.contains(code)) {
			return null;
		}
		List<ImportNode> candidates = this.stored.getOrDefault(code, List.of());
		List<ImportNode> fitting = candidates.stream().filter((candidate) -> allowed.contains(candidate.kind)).toList();
		if (fitting.size() == 1) {
			return fitting.get(0);
		}
		if (fitting.size() > 1) {
			problem(row, column, "importer.error.ambiguousCode", code);
		}
		else if (!candidates.isEmpty()) {
			problem(row, column, "importer.error.wrongKind", code, ImportProblem.kindName(candidates.get(0).kind),
					kindNames(allowed));
		}
		else {
			problem(row, column, "importer.error.notFound", code);
		}
		return null;
	}

	private void checkUnit(ImportNode unit) {
		Set<ImportNode> seen = new HashSet<>();
		for (ImportNode node = unit; node.kind == ImportKind.UNIT && node.inFile(); node = node.parent) {
			if (!seen.add(node)) {
				problem(unit.row(), ImportColumn.PARENT_CODE, "importer.error.cycle");
				return;
			}
			if (node.parent == null) {
				return;
			}
		}
		if (unit.level != null) {
			AdministrativeLevel expected = unit.derivedUnitLevel();
			if (expected != null && expected != unit.level) {
				problem(unit.row(), ImportColumn.LEVEL, "importer.error.levelMismatch",
						new DefaultMessageSourceResolvable("importer.level." + expected.name()));
			}
		}
	}

	private static int maxNameLength(ImportKind kind) {
		if (kind == null) {
			return 150;
		}
		return switch (kind) {
			case PREFECTURE, COUNTY, TOWNSHIP -> 100;
			case DEPUTY -> 50;
			default -> 150;
		};
	}

	private void checkLength(String value, int max, int row, ImportColumn column) {
		if (value != null && value.length() > max) {
			problem(row, column, "importer.error.tooLong", max);
		}
	}

	private String cell(ImportTable.Line line, ImportColumn column) {
		Integer index = this.columns.get(column);
		return (index != null) ? line.cell(index).strip() : "";
	}

	private void problem(int row, ImportColumn column, String key, Object... arguments) {
		this.problems.add(ImportProblem.of(row, column, key, arguments));
	}

	private static Object header(ImportColumn column) {
		return new DefaultMessageSourceResolvable(column.messageKey());
	}

	private static Object kindNames(Set<ImportKind> kinds) {
		String codes = kinds.stream().map(ImportKind::name).collect(Collectors.joining("_"));
		return new DefaultMessageSourceResolvable(new String[] { "importer.kinds." + codes }, codes);
	}

	private static void addIfPresent(Set<String> codes, String code) {
		if (!code.isEmpty()) {
			codes.add(code);
		}
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	/**
	 * The planned rows and the problems found.
	 */
	record Plan(List<ImportNode> nodes, List<ImportProblem> problems, Set<ImportColumn> columns) {

	}

}
