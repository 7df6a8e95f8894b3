package org.deputyaction.reporting;

/**
 * Where a report looks, resolved and checked against the user's scope: the whole
 * prefecture, or a county, township, venue (home or station) or deputy group within it,
 * with their names for the breadcrumb.
 */
public record ReportScope(Long prefectureId, String prefectureName, Long countyId, String countyName, Long townshipId,
		String townshipName, Long venueId, String venueName, Long groupId, String groupName) {

	/** The level one drills down to from here. */
	public ReportDimension next() {
		if (this.groupId != null) {
			return ReportDimension.MONTH;
		}
		if (this.venueId != null) {
			return ReportDimension.GROUP;
		}
		if (this.townshipId != null) {
			return ReportDimension.VENUE;
		}
		if (this.countyId != null) {
			return ReportDimension.TOWNSHIP;
		}
		return ReportDimension.COUNTY;
	}

}
