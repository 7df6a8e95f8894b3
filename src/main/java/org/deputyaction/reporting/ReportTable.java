package org.deputyaction.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A report: its rows by the chosen dimension, the total of the place, the monthly trend
 * of the same place and period, and the day the figures stand at.
 */
public record ReportTable(ReportRequest request, ReportScope scope, ReportDimension by, List<ReportRow> rows,
		ReportRow total, List<ReportRow> trend, LocalDate asOf) {

}
