package org.deputyaction.suggestion.register;

/**
 * The columns of a register (台账) file, in the template's order. The header cell may hold
 * the English name ({@link #header()}) or one of the Chinese ones (see
 * {@link RegisterVocabulary}).
 */
public enum RegisterColumn {

	REGISTER_NUMBER("register_number"), COUNTY("county"), STATION("station"), TITLE("title"),
	DESCRIPTION("description"), SOURCE("source"), FOUND_ON("found_on"), STATUS("status"),
	OUTCOME_REASON("outcome_reason"), MERGED_INTO("merged_into"), PROPOSED_ON("proposed_on"),
	LEAD_DEPUTY("lead_deputy"), CATEGORY("category"), LEVEL("level"), CONGRESS_TERM("congress_term"),
	ASSIGNED_ON("assigned_on"), LEAD_UNIT("lead_unit"), DUE_ON("due_on"), REPLIED_ON("replied_on"),
	RESULT_CLASS("result_class"), MEASURES("measures"), CLOSED_ON("closed_on"), SATISFACTION("satisfaction"),
	RESULT_SATISFACTION("result_satisfaction");

	private final String header;

	RegisterColumn(String header) {
		this.header = header;
	}

	public String header() {
		return this.header;
	}

	/** The message key of the column's (Chinese or English) name. */
	public String messageKey() {
		return "register.column." + name();
	}

	/** Whether every file must have this column. */
	public boolean requiredInFile() {
		return this == REGISTER_NUMBER || this == STATION || this == TITLE || this == STATUS;
	}

}
