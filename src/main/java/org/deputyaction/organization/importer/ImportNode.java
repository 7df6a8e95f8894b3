package org.deputyaction.organization.importer;

import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;

/**
 * One organisation row while an import is planned: a row of the file (perhaps matching an
 * existing row) or an existing row the file refers to.
 */
final class ImportNode {

	final ImportKind kind;

	final String code;

	/** The file's row, or {@code null} for an existing row the file only refers to. */
	final ImportTable.Line line;

	/** The row as it is in the database, or {@code null} for a new one. */
	Existing existing;

	Long id;

	String name;

	String shortName;

	String address;

	String phone;

	AdministrativeLevel level;

	ImportNode parent;

	ImportNode group;

	ImportNode(ImportKind kind, String code, ImportTable.Line line) {
		this.kind = kind;
		this.code = code;
		this.line = line;
	}

	static ImportNode existing(Existing existing, String code) {
		ImportNode node = new ImportNode(existing.kind(), code, null);
		node.existing = existing;
		node.id = existing.id();
		return node;
	}

	boolean inFile() {
		return this.line != null;
	}

	boolean isNew() {
		return this.existing == null;
	}

	int row() {
		return (this.line != null) ? this.line.number() : 0;
	}

	Long countyId() {
		if (!inFile()) {
			return this.existing.countyId();
		}
		return switch (this.kind) {
			case PREFECTURE -> null;
			case COUNTY -> this.id;
			case TOWNSHIP -> this.parent.id;
			case HOME, STATION, GROUP, DEPUTY -> this.parent.countyId();
			case UNIT -> switch (this.parent.kind) {
				case PREFECTURE -> null;
				case COUNTY -> this.parent.id;
				default -> this.parent.countyId();
			};
		};
	}

	Long townshipId() {
		if (!inFile()) {
			return this.existing.townshipId();
		}
		return switch (this.kind) {
			case TOWNSHIP -> this.id;
			case HOME -> this.parent.id;
			case STATION -> (this.parent.kind == ImportKind.TOWNSHIP) ? this.parent.id : this.parent.townshipId();
			case UNIT -> switch (this.parent.kind) {
				case TOWNSHIP -> this.parent.id;
				case UNIT -> this.parent.townshipId();
				default -> null;
			};
			default -> null;
		};
	}

	/**
	 * The level of a unit: as given, or that of the area or parent unit it belongs to.
	 */
	AdministrativeLevel unitLevel() {
		if (!inFile()) {
			return this.existing.level();
		}
		return (this.level != null) ? this.level : derivedUnitLevel();
	}

	AdministrativeLevel derivedUnitLevel() {
		return switch (this.parent.kind) {
			case PREFECTURE -> AdministrativeLevel.PREFECTURE;
			case COUNTY -> AdministrativeLevel.COUNTY;
			case TOWNSHIP -> AdministrativeLevel.TOWNSHIP;
			default -> this.parent.unitLevel();
		};
	}

	/**
	 * How many parent units lie above this unit within the file (0 for a unit whose
	 * parent is an area or an existing unit), so that parents are inserted first.
	 */
	int unitDepth() {
		int depth = 0;
		for (ImportNode node = this.parent; node != null && node.kind == ImportKind.UNIT && node.inFile()
				&& depth < 1000; node = node.parent) {
			depth++;
		}
		return depth;
	}

	/**
	 * A row as it is in the database.
	 *
	 * @param kind its kind
	 * @param id its id
	 * @param countyId its county (itself for a county)
	 * @param townshipId its township (itself for a township)
	 * @param level a deputy's or unit's level
	 * @param values its columns in {@link ImportTableSpec} order, {@code active} last
	 */
	record Existing(ImportKind kind, long id, Long countyId, Long townshipId, AdministrativeLevel level,
			List<Object> values) {

	}

}
