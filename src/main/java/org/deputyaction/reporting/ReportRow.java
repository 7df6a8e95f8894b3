package org.deputyaction.reporting;

/**
 * One row of a report table: its key (an id, a level or a month "2026-03"; "0" for the
 * items without a group or unit), a name (or, for levels and the rows without a name, a
 * message key) and its measures.
 */
public record ReportRow(String key, String label, String labelKey, Measures measures) {

	/** Whether the key is an organisation id one can drill into (not the "none" row). */
	public boolean drillable() {
		return !"0".equals(this.key);
	}

}
