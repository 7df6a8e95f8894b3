package org.deputyaction.reporting;

import java.time.YearMonth;

import org.deputyaction.organization.AdministrativeLevel;

/**
 * What a report is asked for: the period, the rows, where (county, township, venue,
 * group: checked against the user's scope) and optional filters on the lead unit, the
 * top-level category, the level and the month proposed. A unit or group id of 0 selects
 * the items without one. Null means no filter; a null dimension the level below the
 * place.
 */
public record ReportRequest(ReportPeriod period, ReportDimension by, Long countyId, Long townshipId, Long venueId,
		Long groupId, Long unitId, Long categoryId, AdministrativeLevel level, YearMonth month) {

	public static ReportRequest of(ReportPeriod period) {
		return new ReportRequest(period, null, null, null, null, null, null, null, null, null);
	}

	public ReportRequest by(ReportDimension dimension) {
		return new ReportRequest(this.period, dimension, this.countyId, this.townshipId, this.venueId, this.groupId,
				this.unitId, this.categoryId, this.level, this.month);
	}

	public ReportRequest inCounty(Long id) {
		return new ReportRequest(this.period, this.by, id, this.townshipId, this.venueId, this.groupId, this.unitId,
				this.categoryId, this.level, this.month);
	}

	public ReportRequest inVenue(Long id) {
		return new ReportRequest(this.period, this.by, this.countyId, this.townshipId, id, this.groupId, this.unitId,
				this.categoryId, this.level, this.month);
	}

}
