package org.deputyaction.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.reporting.internal.ReportSql;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.OutOfScopeException;
import org.deputyaction.system.ShortLivedCache;
import org.deputyaction.system.ShortLivedCaches;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure-rate reports, within the user's scope: the prefecture office (and the
 * administrator) see the whole prefecture, county staff their county, a deputy their home
 * or station. A place outside the scope, or one that does not exist, is not found.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	/** The most items one export holds. */
	public static final int MAX_EXPORT_ITEMS = 100_000;

	private final ReportSql sql;

	private final LoopSettingsService settings;

	private final Clock clock;

	/** How many report tables are kept at most (a table is a few kilobytes). */
	private static final int KEPT_TABLES = 1000;

	/**
	 * The report tables computed lately: the dashboard is read by every office many times
	 * between two changes of the loop.
	 */
	private final ShortLivedCache<TableKey, ReportTable> tables;

	/**
	 * The places asked for with their names (a report's scope, once the reader's is
	 * checked): a name changed is shown within the caches' time-to-live.
	 */
	private final ShortLivedCache<Place, ReportScope> places;

	ReportService(ReportSql sql, LoopSettingsService settings, Clock clock, ShortLivedCaches caches) {
		this.sql = sql;
		this.tables = caches.create(KEPT_TABLES);
		this.places = caches.create(KEPT_TABLES);
		this.settings = settings;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The report table: a row per place below the scope (or per unit, category, level or
	 * month), the total, and the monthly trend.
	 */
	public ReportTable table(ReportRequest request, CurrentUser user) {
		ReportScope scope = scope(request, user);
		LocalDate today = today();
		LocalDate nearDueLimit = nearDueLimit(today);
		return this.tables.get(new TableKey(request, scope, today, nearDueLimit),
				() -> table(request, scope, today, nearDueLimit));
	}

	private ReportTable table(ReportRequest request, ReportScope scope, LocalDate today, LocalDate nearDueLimit) {
		ReportDimension by = (request.by() != null) ? request.by() : scope.next();
		Map<String, VoterRatings> voters = new LinkedHashMap<>();
		Map<String, Map<ReportBucket, Long>> counts = this.sql.aggregate(request, scope, by, today, nearDueLimit,
				voters);
		Map<String, ProblemCounts> problems = this.sql.problems(request, scope, by);
		boolean splitsProblems = by.splitsProblems() && !problems.isEmpty();
		List<ReportRow> rows = new ArrayList<>();
		for (Map.Entry<String, String> row : labels(request, scope, by, counts).entrySet()) {
			String key = row.getKey();
			rows.add(new ReportRow(key, labelOf(by, row), labelKeyOf(by, key), measures(counts.get(key),
					splitsProblems ? problems.getOrDefault(key, ProblemCounts.NONE) : null, voters.get(key))));
		}
		ReportRow total = new ReportRow(null, scopeName(scope), null, measures(counts.get(null),
				problems.isEmpty() ? null : problems.getOrDefault(null, ProblemCounts.NONE), voters.get(null)));
		List<ReportRow> trend;
		if (by == ReportDimension.MONTH) {
			trend = rows;
		}
		else {
			Map<String, VoterRatings> monthlyVoters = new LinkedHashMap<>();
			Map<String, Map<ReportBucket, Long>> monthly = this.sql.aggregate(request, scope, ReportDimension.MONTH,
					today, nearDueLimit, monthlyVoters);
			Map<String, ProblemCounts> monthlyProblems = this.sql.problems(request, scope, ReportDimension.MONTH);
			trend = new ArrayList<>();
			for (Map.Entry<String, String> row : labels(request, scope, ReportDimension.MONTH, monthly).entrySet()) {
				trend.add(new ReportRow(row.getKey(), row.getValue(), null,
						measures(monthly.get(row.getKey()),
								monthlyProblems.isEmpty() ? null
										: monthlyProblems.getOrDefault(row.getKey(), ProblemCounts.NONE),
								monthlyVoters.get(row.getKey()))));
			}
		}
		return new ReportTable(request, scope, by, rows, total, trend, today);
	}

	/**
	 * A page of the suggestions behind one count of a report.
	 */
	public ReportItems items(ReportRequest request, ReportBucket bucket, int page, int size, CurrentUser user) {
		return items(request, bucket, page, size, null, false, user);
	}

	/**
	 * A page of the suggestions behind one count, read from a cursor (a previous page's
	 * {@link ReportItems#nextCursor()} with {@code backward} false, or its
	 * {@link ReportItems#previousCursor()} with {@code backward} true) so that the cost
	 * of a page does not grow with its depth; {@code page} is then only the number shown.
	 * A malformed cursor is ignored.
	 */
	public ReportItems items(ReportRequest request, ReportBucket bucket, int page, int size, String cursor,
			boolean backward, CurrentUser user) {
		ReportScope scope = scope(request, user);
		int safePage = Math.max(0, page);
		int safeSize = Math.max(1, Math.min(size, MAX_EXPORT_ITEMS));
		LocalDate today = today();
		ReportSql.Cursor at = ReportSql.Cursor.parse(cursor, backward);
		if (at == null && safePage == 0) {
			// the first page: read from the start of the index, the total counted apart
			at = ReportSql.Cursor.START;
		}
		if (at != null) {
			List<ReportItem> items = this.sql.itemsFrom(request, scope, bucket, today, nearDueLimit(today), at,
					safeSize);
			long count = this.sql.count(request, scope, bucket, today, nearDueLimit(today));
			return new ReportItems(scope, bucket, items, count, safePage, safeSize);
		}
		long[] total = { 0 };
		List<ReportItem> items = this.sql.items(request, scope, bucket, today, nearDueLimit(today), safePage * safeSize,
				safeSize, total);
		if (total[0] < 0) {
			total[0] = this.sql.items(request, scope, bucket, today, nearDueLimit(today), 0, 1, total).isEmpty() ? 0
					: total[0];
		}
		return new ReportItems(scope, bucket, items, total[0], safePage, safeSize);
	}

	/**
	 * Resolves the place a request names within the user's scope.
	 * @throws NotFoundException when the place does not exist or lies outside the scope
	 */
	public ReportScope scope(ReportRequest request, CurrentUser user) {
		Long countyId = request.countyId();
		Long townshipId = request.townshipId();
		Long venueId = request.venueId();
		Long groupId = request.groupId();
		if (user.seesWholePrefecture()) {
			// the whole prefecture, or any place in it
		}
		else if (user.is(Role.COUNTY_STAFF) && user.countyId() != null) {
			if (countyId != null && !countyId.equals(user.countyId())) {
				throw new OutOfScopeException();
			}
			countyId = user.countyId();
		}
		else if (user.is(Role.DEPUTY) && user.venueId() != null) {
			if (venueId != null && !venueId.equals(user.venueId())) {
				throw new OutOfScopeException();
			}
			venueId = user.venueId();
		}
		else {
			throw new NotFoundException();
		}
		Long prefectureId = this.sql.installationPrefecture();
		boolean anyPlace = countyId != null || townshipId != null || venueId != null
				|| (groupId != null && groupId != 0);
		if (prefectureId == null && !anyPlace) {
			throw new NotFoundException();
		}
		Place place = new Place(prefectureId, countyId, townshipId, venueId, groupId);
		ReportScope scope = this.places.get(place, () -> this.sql.resolve(place.prefecture(), place.county(),
				place.township(), place.venue(), place.group()));
		if (scope == null) {
			throw new NotFoundException();
		}
		return scope;
	}

	private LocalDate nearDueLimit(LocalDate today) {
		LoopDeadlines deadlines = this.settings.deadlines();
		return deadlines.nearDueLimit(today);
	}

	private Map<String, String> labels(ReportRequest request, ReportScope scope, ReportDimension by,
			Map<String, Map<ReportBucket, Long>> counts) {
		LinkedHashMap<String, String> rows = this.sql.fixedRows(scope, by);
		switch (by) {
			case GROUP -> {
				if (counts.containsKey("0")) {
					rows.put("0", null);
				}
			}
			case UNIT -> {
				List<Long> ids = counts.keySet()
					.stream()
					.filter(Objects::nonNull)
					.map(Long::valueOf)
					.filter((id) -> id != 0)
					.toList();
				rows.putAll(this.sql.unitNames(ids));
				if (counts.containsKey("0")) {
					rows.put("0", null);
				}
			}
			case LEVEL -> {
				for (AdministrativeLevel level : AdministrativeLevel.values()) {
					rows.put(level.name(), null);
				}
			}
			case MONTH -> {
				for (YearMonth month : request.period().months()) {
					if (request.month() == null || request.month().equals(month)) {
						rows.put(month.toString(), month.toString());
					}
				}
			}
			default -> {
			}
		}
		return rows;
	}

	private static String labelOf(ReportDimension by, Map.Entry<String, String> row) {
		return row.getValue();
	}

	private static String labelKeyOf(ReportDimension by, String key) {
		if (by == ReportDimension.LEVEL) {
			return "reporting.level." + key;
		}
		if ("0".equals(key) && by == ReportDimension.GROUP) {
			return "reporting.noGroup";
		}
		if ("0".equals(key) && by == ReportDimension.UNIT) {
			return "reporting.noUnit";
		}
		return null;
	}

	private static String scopeName(ReportScope scope) {
		if (scope.groupName() != null) {
			return scope.groupName();
		}
		if (scope.venueName() != null) {
			return scope.venueName();
		}
		if (scope.townshipName() != null) {
			return scope.townshipName();
		}
		return (scope.countyName() != null) ? scope.countyName() : scope.prefectureName();
	}

	private static Measures measures(Map<ReportBucket, Long> counts, ProblemCounts problems, VoterRatings voters) {
		return new Measures((counts != null) ? counts : Map.of(), problems, voters);
	}

	/** What a report table depends on besides the data: its scope was checked first. */
	/** The places of a report as asked for, before their names are read. */
	private record Place(Long prefecture, Long county, Long township, Long venue, Long group) {

	}

	private record TableKey(ReportRequest request, ReportScope scope, LocalDate today, LocalDate nearDueLimit) {

	}

}
