package org.deputyaction.organization.importer;

/**
 * The columns of an import file, in the template's order. The header cell may hold the
 * English name ({@link #header()}) or the Chinese one.
 */
public enum ImportColumn {

	KIND("kind"), CODE("code"), NAME("name"), PARENT_CODE("parent_code"), LEVEL("level"), GROUP_CODE("group_code"),
	SHORT_NAME("short_name"), ADDRESS("address"), PHONE("phone");

	private final String header;

	ImportColumn(String header) {
		this.header = header;
	}

	public String header() {
		return this.header;
	}

	/**
	 * The message key of this column's name, e.g. {@code importer.column.PARENT_CODE}.
	 */
	public String messageKey() {
		return "importer.column." + name();
	}

}
