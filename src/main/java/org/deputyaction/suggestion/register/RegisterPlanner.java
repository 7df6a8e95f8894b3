package org.deputyaction.suggestion.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.register.RegisterDirectory.Category;
import org.deputyaction.suggestion.register.RegisterDirectory.County;
import org.deputyaction.suggestion.register.RegisterDirectory.Deputy;
import org.deputyaction.suggestion.register.RegisterDirectory.Imported;
import org.deputyaction.suggestion.register.RegisterDirectory.Snapshot;
import org.deputyaction.suggestion.register.RegisterDirectory.Unit;
import org.deputyaction.suggestion.register.RegisterDirectory.Venue;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks every line of a register against the loop's rules and the organisation, and
 * turns the lines into planned items: the place, the people and units they name, and
 * dates in the loop's order. Nothing is written here.
 */
final class RegisterPlanner {

	static final int MAX_NUMBER = 60;

	static final int MAX_TITLE = 200;

	static final int MAX_CONTENT = 20_000;

	static final int MAX_REASON = 2000;

	static final int MAX_TERM = 40;

	private static final Pattern CHINESE_DATE = Pattern
		.compile("(\\d{4})\\s*[\\p{IsHan}./-]\\s*(\\d{1,2})\\s*[\\p{IsHan}./-]\\s*(\\d{1,2})\\s*\\p{IsHan}?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** The words a file uses to name places, people and units, for the look-up. */
	record Words(Set<String> counties, Set<String> venues, Set<String> deputies, Set<String> units,
			Set<String> numbers) {

	}

	/** One register line, checked and resolved. */
	static final class Item {

		int row;

		String number;

		County county;

		Venue venue;

		String title;

		String description;

		ProblemSource source;

		LocalDate foundOn;

		LoopStatus status;

		String reason;

		LocalDate settledOn;

		String mergedIntoNumber;

		Item mergedInto;

		Long mergedIntoProblemId;

		LocalDate proposedOn;

		Deputy lead;

		Category category;

		AdministrativeLevel level;

		String term;

		LocalDate assignedOn;

		Unit unit;

		LocalDate dueOn;

		LocalDate maxDueOn;

		LocalDate repliedOn;

		ResultClass resultClass;

		String measures;

		LocalDate closedOn;

		Satisfaction work;

		Satisfaction result;

		boolean isSuggestion() {
			return this.status.isSuggestionState();
		}

	}

	/** The items, or the problems found (then nothing may be written). */
	record Plan(List<Item> items, List<RegisterProblem> problems) {

	}

	private final RegisterVocabulary vocabulary = RegisterVocabulary.get();

	private final Long staffCountyId;

	private final LocalDate today;

	private final LoopDeadlines deadlines;

	private final Function<Integer, String> defaultTerm;

	private final List<RegisterProblem> problems = new ArrayList<>();

	private Map<RegisterColumn, Integer> columns;

	/**
	 * @param staffCountyId the county a county clerk may import for; null for the
	 * prefecture office
	 * @param defaultTerm the congress term of a year, for lines without one
	 */
	RegisterPlanner(Long staffCountyId, LocalDate today, LoopDeadlines deadlines,
			Function<Integer, String> defaultTerm) {
		this.staffCountyId = staffCountyId;
		this.today = today;
		this.deadlines = deadlines;
		this.defaultTerm = defaultTerm;
	}

	Plan plan(RegisterTable table, Function<Words, Snapshot> lookup) {
		if (!readHeader(table.header())) {
			return new Plan(List.of(), List.copyOf(this.problems));
		}
		Snapshot snapshot = lookup.apply(words(table));
		Places places = new Places(snapshot);
		List<Item> items = new ArrayList<>();
		for (RegisterTable.Line line : table.lines()) {
			items.add(line(line, places));
		}
		checkNumbers(items, snapshot.imported());
		this.problems.sort(Comparator.comparingInt(RegisterProblem::row));
		return new Plan(this.problems.isEmpty() ? items : List.of(), List.copyOf(this.problems));
	}

	// ---------------------------------------------------------------- header

	private boolean readHeader(List<String> header) {
		this.columns = new EnumMap<>(RegisterColumn.class);
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i);
			if (cell.isBlank()) {
				continue;
			}
			RegisterColumn column = this.vocabulary.column(cell).orElse(null);
			if (column == null) {
				continue;
			}
			if (this.columns.containsKey(column)) {
				this.problems.add(RegisterProblem.of(1, column, "register.error.duplicateColumn", cell));
				continue;
			}
			this.columns.put(column, i);
		}
		for (RegisterColumn column : RegisterColumn.values()) {
			if (column.requiredInFile() && !this.columns.containsKey(column)) {
				this.problems.add(RegisterProblem.of(1, column, "register.error.missingColumn", name(column),
						column.header(), this.vocabulary.chineseHeader(column)));
			}
		}
		return this.problems.isEmpty();
	}

	private Words words(RegisterTable table) {
		Set<String> counties = new HashSet<>();
		Set<String> venues = new HashSet<>();
		Set<String> deputies = new HashSet<>();
		Set<String> units = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		for (RegisterTable.Line line : table.lines()) {
			addIfPresent(counties, cell(line, RegisterColumn.COUNTY));
			addIfPresent(venues, cell(line, RegisterColumn.STATION));
			addIfPresent(deputies, cell(line, RegisterColumn.LEAD_DEPUTY));
			addIfPresent(units, cell(line, RegisterColumn.LEAD_UNIT));
			addIfPresent(numbers, cell(line, RegisterColumn.REGISTER_NUMBER));
			addIfPresent(numbers, cell(line, RegisterColumn.MERGED_INTO));
		}
		return new Words(counties, venues, deputies, units, numbers);
	}

	private static void addIfPresent(Set<String> set, String value) {
		if (!value.isEmpty()) {
			set.add(value);
		}
	}

	// ---------------------------------------------------------------- one line

	private Item line(RegisterTable.Line line, Places places) {
		int before = this.problems.size();
		int row = line.number();
		Item item = new Item();
		item.row = row;

		item.number = required(line, RegisterColumn.REGISTER_NUMBER);
		tooLong(row, RegisterColumn.REGISTER_NUMBER, item.number, MAX_NUMBER);
		item.title = required(line, RegisterColumn.TITLE);
		tooLong(row, RegisterColumn.TITLE, item.title, MAX_TITLE);
		String description = cell(line, RegisterColumn.DESCRIPTION);
		item.description = description.isEmpty() ? item.title : description;
		tooLong(row, RegisterColumn.DESCRIPTION, item.description, MAX_CONTENT);
		String source = cell(line, RegisterColumn.SOURCE);
		item.source = source.isEmpty() ? ProblemSource.OTHER : this.vocabulary.source(source).orElse(null);
		if (item.source == null) {
			problem(row, RegisterColumn.SOURCE, "register.error.unknownSource", source);
		}
		String status = required(line, RegisterColumn.STATUS);
		if (!status.isEmpty()) {
			item.status = this.vocabulary.status(status).orElse(null);
			if (item.status == null) {
				problem(row, RegisterColumn.STATUS, "register.error.unknownStatus", status);
			}
		}

		// where
		County county = null;
		String countyWord = cell(line, RegisterColumn.COUNTY);
		if (!countyWord.isEmpty()) {
			county = places.county(countyWord);
			if (county == null) {
				problem(row, RegisterColumn.COUNTY, "register.error.unknownCounty", countyWord);
			}
		}
		String station = required(line, RegisterColumn.STATION);
		if (!station.isEmpty() && (countyWord.isEmpty() || county != null)) {
			item.venue = venue(row, station, county, places);
		}
		if (item.venue != null) {
			item.county = places.countyById(item.venue.countyId());
			if (this.staffCountyId != null && !this.staffCountyId.equals(item.venue.countyId())) {
				problem(row, RegisterColumn.STATION, "register.error.otherCounty", station,
						(item.county != null) ? item.county.name() : "");
				item.venue = null;
			}
		}

		// when, and what each status needs
		item.foundOn = date(line, RegisterColumn.FOUND_ON);
		item.proposedOn = date(line, RegisterColumn.PROPOSED_ON);
		item.assignedOn = date(line, RegisterColumn.ASSIGNED_ON);
		item.dueOn = date(line, RegisterColumn.DUE_ON);
		item.repliedOn = date(line, RegisterColumn.REPLIED_ON);
		item.closedOn = date(line, RegisterColumn.CLOSED_ON);
		boolean datesRead = this.problems.size() == before || noDateProblem(before);
		if (item.status != null) {
			byStatus(line, item, places, datesRead);
		}
		return item;
	}

	private boolean noDateProblem(int from) {
		for (int i = from; i < this.problems.size(); i++) {
			if ("register.error.badDate".equals(this.problems.get(i).messageKey())) {
				return false;
			}
		}
		return true;
	}

	private void byStatus(RegisterTable.Line line, Item item, Places places, boolean datesRead) {
		int row = item.row;
		LoopStatus status = item.status;
		boolean suggestion = status.isSuggestionState();
		boolean settled = status == LoopStatus.RESOLVED_DIRECTLY || status == LoopStatus.DECLINED
				|| status == LoopStatus.MERGED;
		boolean assigned = status == LoopStatus.ASSIGNED || status == LoopStatus.FED_BACK
				|| status == LoopStatus.CLOSED;
		boolean replied = status == LoopStatus.FED_BACK || status == LoopStatus.CLOSED;
		boolean closed = status == LoopStatus.CLOSED;

		// settled problems: a reason, a target for merging, the day settled
		String reason = cell(line, RegisterColumn.OUTCOME_REASON);
		String mergedInto = cell(line, RegisterColumn.MERGED_INTO);
		if (settled) {
			if (reason.isEmpty()) {
				missing(row, RegisterColumn.OUTCOME_REASON);
			}
			tooLong(row, RegisterColumn.OUTCOME_REASON, reason, MAX_REASON);
			item.reason = reason;
			if (status == LoopStatus.MERGED) {
				if (mergedInto.isEmpty()) {
					missing(row, RegisterColumn.MERGED_INTO);
				}
				else if (mergedInto.equals(item.number)) {
					problem(row, RegisterColumn.MERGED_INTO, "register.error.mergedIntoItself", mergedInto);
				}
				item.mergedIntoNumber = mergedInto.isEmpty() ? null : mergedInto;
			}
			else {
				notForStatus(row, RegisterColumn.MERGED_INTO, mergedInto, status);
			}
		}
		else {
			notForStatus(row, RegisterColumn.MERGED_INTO, mergedInto, status);
		}

		// the steps a status has not reached must be empty
		if (!suggestion) {
			notForStatus(row, RegisterColumn.PROPOSED_ON, cell(line, RegisterColumn.PROPOSED_ON), status);
		}
		if (!assigned) {
			notForStatus(row, RegisterColumn.ASSIGNED_ON, cell(line, RegisterColumn.ASSIGNED_ON), status);
			notForStatus(row, RegisterColumn.LEAD_UNIT, cell(line, RegisterColumn.LEAD_UNIT), status);
			notForStatus(row, RegisterColumn.DUE_ON, cell(line, RegisterColumn.DUE_ON), status);
		}
		if (!replied) {
			notForStatus(row, RegisterColumn.REPLIED_ON, cell(line, RegisterColumn.REPLIED_ON), status);
			notForStatus(row, RegisterColumn.RESULT_CLASS, cell(line, RegisterColumn.RESULT_CLASS), status);
		}
		if (!closed) {
			if (!settled) {
				notForStatus(row, RegisterColumn.CLOSED_ON, cell(line, RegisterColumn.CLOSED_ON), status);
			}
			String rating = cell(line, RegisterColumn.SATISFACTION) + cell(line, RegisterColumn.RESULT_SATISFACTION);
			if (!rating.isEmpty()) {
				problem(row, RegisterColumn.SATISFACTION, (status == LoopStatus.FED_BACK)
						? "register.error.ratedNotClosed" : "register.error.notForStatus",
						name(RegisterColumn.SATISFACTION), statusName(status));
			}
		}

		// the suggestion's people, category and level
		if (suggestion) {
			if (item.proposedOn == null && cell(line, RegisterColumn.PROPOSED_ON).isEmpty()) {
				missing(row, RegisterColumn.PROPOSED_ON);
			}
			if (item.foundOn == null && cell(line, RegisterColumn.FOUND_ON).isEmpty()) {
				item.foundOn = item.proposedOn;
			}
			String lead = required(line, RegisterColumn.LEAD_DEPUTY);
			if (!lead.isEmpty() && item.venue != null) {
				item.lead = deputy(row, lead, item.venue, places);
			}
			String category = cell(line, RegisterColumn.CATEGORY);
			item.category = places.category(category.isEmpty() ? "OTHER" : category);
			if (item.category == null) {
				problem(row, RegisterColumn.CATEGORY, "register.error.unknownCategory", category);
			}
			String level = cell(line, RegisterColumn.LEVEL);
			if (!level.isEmpty()) {
				item.level = this.vocabulary.level(level).orElse(null);
				if (item.level == null) {
					problem(row, RegisterColumn.LEVEL, "register.error.unknownLevel", level);
				}
			}
			item.term = cell(line, RegisterColumn.CONGRESS_TERM);
			tooLong(row, RegisterColumn.CONGRESS_TERM, item.term, MAX_TERM);
		}
		else if (item.foundOn == null && cell(line, RegisterColumn.FOUND_ON).isEmpty()) {
			missing(row, RegisterColumn.FOUND_ON);
		}

		if (assigned) {
			if (item.assignedOn == null && cell(line, RegisterColumn.ASSIGNED_ON).isEmpty()) {
				missing(row, RegisterColumn.ASSIGNED_ON);
			}
			String unit = required(line, RegisterColumn.LEAD_UNIT);
			if (!unit.isEmpty() && item.venue != null) {
				item.unit = unit(row, unit, item.venue, places);
			}
		}
		if (replied) {
			if (item.repliedOn == null && cell(line, RegisterColumn.REPLIED_ON).isEmpty()) {
				missing(row, RegisterColumn.REPLIED_ON);
			}
			String result = required(line, RegisterColumn.RESULT_CLASS);
			if (!result.isEmpty()) {
				item.resultClass = this.vocabulary.resultClass(result).orElse(null);
				if (item.resultClass == null) {
					problem(row, RegisterColumn.RESULT_CLASS, "register.error.unknownResultClass", result);
				}
			}
			item.measures = cell(line, RegisterColumn.MEASURES);
			tooLong(row, RegisterColumn.MEASURES, item.measures, MAX_CONTENT);
		}
		if (closed) {
			if (item.closedOn == null && cell(line, RegisterColumn.CLOSED_ON).isEmpty()) {
				missing(row, RegisterColumn.CLOSED_ON);
			}
			String work = required(line, RegisterColumn.SATISFACTION);
			if (!work.isEmpty()) {
				item.work = satisfaction(row, RegisterColumn.SATISFACTION, work);
			}
			String result = cell(line, RegisterColumn.RESULT_SATISFACTION);
			item.result = result.isEmpty() ? item.work : satisfaction(row, RegisterColumn.RESULT_SATISFACTION, result);
		}
		if (item.level == null && suggestion) {
			item.level = (item.unit != null) ? item.unit.level() : (item.lead != null) ? item.lead.level() : null;
		}
		if (datesRead) {
			checkDates(item, settled);
		}
		if (suggestion && item.proposedOn != null && item.term.isEmpty()) {
			item.term = this.defaultTerm.apply(item.proposedOn.getYear());
		}
	}

	private Satisfaction satisfaction(int row, RegisterColumn column, String word) {
		Satisfaction value = this.vocabulary.satisfaction(word).orElse(null);
		if (value == null) {
			problem(row, column, "register.error.unknownSatisfaction", word);
		}
		else if (value == Satisfaction.UNSATISFIED) {
			problem(row, column, "register.error.closedUnsatisfied", word);
		}
		return value;
	}

	/** Dates in the loop's order, none in the future, the due date within the rules. */
	private void checkDates(Item item, boolean settled) {
		int row = item.row;
		List<Object[]> steps = new ArrayList<>();
		steps.add(new Object[] { RegisterColumn.FOUND_ON, item.foundOn });
		steps.add(new Object[] { RegisterColumn.PROPOSED_ON, item.proposedOn });
		steps.add(new Object[] { RegisterColumn.ASSIGNED_ON, item.assignedOn });
		steps.add(new Object[] { RegisterColumn.REPLIED_ON, item.repliedOn });
		steps.add(new Object[] { RegisterColumn.CLOSED_ON, item.closedOn });
		RegisterColumn lastColumn = null;
		LocalDate last = null;
		for (Object[] step : steps) {
			RegisterColumn column = (RegisterColumn) step[0];
			LocalDate date = (LocalDate) step[1];
			if (date == null) {
				continue;
			}
			if (date.isAfter(this.today)) {
				problem(row, column, "register.error.future", name(column), date);
			}
			if (last != null && date.isBefore(last)) {
				problem(row, column, "register.error.dateOrder", name(column), date, name(lastColumn), last);
			}
			lastColumn = column;
			last = date;
		}
		if (settled) {
			item.settledOn = (item.closedOn != null) ? item.closedOn : item.foundOn;
		}
		if (item.assignedOn != null) {
			LocalDate max = this.deadlines.maxDueDate(item.assignedOn);
			if (item.dueOn == null) {
				item.dueOn = this.deadlines.defaultDueDate(item.assignedOn);
			}
			else if (!item.dueOn.isAfter(item.assignedOn)) {
				problem(row, RegisterColumn.DUE_ON, "register.error.dueNotAfterAssignment", item.dueOn,
						item.assignedOn);
			}
			else if (item.dueOn.isAfter(max)) {
				problem(row, RegisterColumn.DUE_ON, "register.error.dueAfterMaximum", item.dueOn, max);
			}
			item.maxDueOn = max.isBefore(item.dueOn) ? item.dueOn : max;
		}
	}

	// ---------------------------------------------------------------- numbers and merges

	private void checkNumbers(List<Item> items, List<Imported> imported) {
		Map<String, Item> byNumber = new HashMap<>();
		for (Item item : items) {
			if (item.county == null || item.number.isEmpty()) {
				continue;
			}
			String key = item.county.id() + ":" + item.number;
			Item first = byNumber.putIfAbsent(key, item);
			if (first != null) {
				problem(item.row, RegisterColumn.REGISTER_NUMBER, "register.error.duplicateNumber", item.number,
						first.row);
			}
		}
		Map<String, Imported> before = new HashMap<>();
		for (Imported line : imported) {
			before.put(line.countyId() + ":" + line.number(), line);
		}
		for (Item item : items) {
			if (item.county == null || item.number.isEmpty()) {
				continue;
			}
			Imported earlier = before.get(item.county.id() + ":" + item.number);
			if (earlier != null) {
				problem(item.row, RegisterColumn.REGISTER_NUMBER, "register.error.alreadyImported", item.number,
						LocalDate.ofInstant(earlier.importedAt(), TimeConfiguration.ZONE));
			}
			if (item.mergedIntoNumber == null) {
				continue;
			}
			String key = item.county.id() + ":" + item.mergedIntoNumber;
			Item target = byNumber.get(key);
			Imported stored = before.get(key);
			if (target != null && target != item) {
				if (target.status == LoopStatus.MERGED) {
					problem(item.row, RegisterColumn.MERGED_INTO, "register.error.mergedIntoMerged",
							item.mergedIntoNumber);
				}
				item.mergedInto = target;
			}
			else if (stored != null && target == null) {
				if (stored.status() == LoopStatus.MERGED) {
					problem(item.row, RegisterColumn.MERGED_INTO, "register.error.mergedIntoMerged",
							item.mergedIntoNumber);
				}
				item.mergedIntoProblemId = stored.problemId();
			}
			else if (target == null) {
				problem(item.row, RegisterColumn.MERGED_INTO, "register.error.unknownMergeTarget",
						item.mergedIntoNumber);
			}
		}
	}

	// ---------------------------------------------------------------- look-ups

	private Venue venue(int row, String word, County county, Places places) {
		Venue byCode = places.venueByCode.get(word);
		if (byCode != null) {
			if (county != null && byCode.countyId() != county.id()) {
				problem(row, RegisterColumn.STATION, "register.error.stationOutsideCounty", word, county.name());
				return null;
			}
			return byCode;
		}
		List<Venue> candidates = places.venuesByName.getOrDefault(word, List.of());
		if (county != null) {
			candidates = candidates.stream().filter((v) -> v.countyId() == county.id()).toList();
		}
		if (candidates.size() > 1 && this.staffCountyId != null) {
			List<Venue> own = candidates.stream().filter((v) -> this.staffCountyId.equals(v.countyId())).toList();
			if (!own.isEmpty()) {
				candidates = own;
			}
		}
		if (candidates.isEmpty()) {
			problem(row, RegisterColumn.STATION, "register.error.unknownStation", word);
			return null;
		}
		if (candidates.size() > 1) {
			problem(row, RegisterColumn.STATION, "register.error.ambiguousStation", word,
					candidates.stream()
						.map((v) -> v.code() + " (" + countyName(places, v.countyId()) + ")")
						.collect(Collectors.joining(", ")));
			return null;
		}
		return candidates.get(0);
	}

	private Deputy deputy(int row, String word, Venue venue, Places places) {
		Deputy byCode = places.deputyByCode.get(word);
		if (byCode != null) {
			if (byCode.countyId() != venue.countyId()) {
				problem(row, RegisterColumn.LEAD_DEPUTY, "register.error.deputyOutsideCounty", word);
				return null;
			}
			return byCode;
		}
		List<Deputy> candidates = places.deputiesByName.getOrDefault(word, List.of())
			.stream()
			.filter((d) -> d.countyId() == venue.countyId())
			.toList();
		if (candidates.size() > 1) {
			List<Deputy> here = candidates.stream().filter((d) -> d.venueId() == venue.id()).toList();
			if (!here.isEmpty()) {
				candidates = here;
			}
		}
		if (candidates.isEmpty()) {
			problem(row, RegisterColumn.LEAD_DEPUTY, "register.error.unknownDeputy", word);
			return null;
		}
		if (candidates.size() > 1) {
			problem(row, RegisterColumn.LEAD_DEPUTY, "register.error.ambiguousDeputy", word,
					candidates.stream().map(Deputy::code).collect(Collectors.joining(", ")));
			return null;
		}
		return candidates.get(0);
	}

	private Unit unit(int row, String word, Venue venue, Places places) {
		Unit byCode = places.unitByCode.get(word);
		if (byCode != null) {
			if (!assignableHere(byCode, venue)) {
				problem(row, RegisterColumn.LEAD_UNIT, "register.error.unitOutsideCounty", word);
				return null;
			}
			return byCode;
		}
		List<Unit> candidates = places.unitsByName.getOrDefault(word, List.of())
			.stream()
			.filter((u) -> assignableHere(u, venue))
			.toList();
		if (candidates.size() > 1) {
			List<Unit> county = candidates.stream()
				.filter((u) -> Objects.equals(u.countyId(), venue.countyId()))
				.toList();
			if (!county.isEmpty()) {
				candidates = county;
			}
		}
		if (candidates.isEmpty()) {
			problem(row, RegisterColumn.LEAD_UNIT, "register.error.unknownUnit", word);
			return null;
		}
		if (candidates.size() > 1) {
			problem(row, RegisterColumn.LEAD_UNIT, "register.error.ambiguousUnit", word,
					candidates.stream().map(Unit::code).collect(Collectors.joining(", ")));
			return null;
		}
		return candidates.get(0);
	}

	/**
	 * The county's own units and the prefecture's departments, as for live assignment.
	 */
	private static boolean assignableHere(Unit unit, Venue venue) {
		return unit.level() == AdministrativeLevel.PREFECTURE || Objects.equals(unit.countyId(), venue.countyId());
	}

	private static String countyName(Places places, long countyId) {
		County county = places.countyById(countyId);
		return (county != null) ? county.name() : "";
	}

	/** The snapshot indexed by code and name. */
	private static final class Places {

		final Map<Long, County> counties = new HashMap<>();

		final Map<String, County> countiesByWord = new HashMap<>();

		final Map<String, Venue> venueByCode = new HashMap<>();

		final Map<String, List<Venue>> venuesByName = new HashMap<>();

		final Map<String, Deputy> deputyByCode = new HashMap<>();

		final Map<String, List<Deputy>> deputiesByName = new HashMap<>();

		final Map<String, Unit> unitByCode = new HashMap<>();

		final Map<String, List<Unit>> unitsByName = new HashMap<>();

		final Map<String, Category> categories = new HashMap<>();

		Places(Snapshot snapshot) {
			for (County county : snapshot.counties()) {
				this.counties.put(county.id(), county);
				this.countiesByWord.putIfAbsent(county.code(), county);
				this.countiesByWord.putIfAbsent(county.name(), county);
				this.countiesByWord.putIfAbsent(county.shortName(), county);
			}
			for (Venue venue : snapshot.venues()) {
				this.venueByCode.put(venue.code(), venue);
				this.venuesByName.computeIfAbsent(venue.name(), (k) -> new ArrayList<>()).add(venue);
			}
			for (Deputy deputy : snapshot.deputies()) {
				this.deputyByCode.put(deputy.code(), deputy);
				this.deputiesByName.computeIfAbsent(deputy.name(), (k) -> new ArrayList<>()).add(deputy);
			}
			for (Unit unit : snapshot.units()) {
				this.unitByCode.put(unit.code(), unit);
				this.unitsByName.computeIfAbsent(unit.name(), (k) -> new ArrayList<>()).add(unit);
			}
			for (Category category : snapshot.categories()) {
				this.categories.putIfAbsent(category.code(), category);
				this.categories.putIfAbsent(category.name(), category);
			}
		}

		County county(String word) {
			return this.countiesByWord.get(word);
		}

		County countyById(long id) {
			return this.counties.get(id);
		}

		Category category(String word) {
			return this.categories.get(word);
		}

	}

	// ---------------------------------------------------------------- cells

	private String cell(RegisterTable.Line line, RegisterColumn column) {
		Integer index = this.columns.get(column);
		return (index != null) ? line.cell(index).strip() : "";
	}

	private String required(RegisterTable.Line line, RegisterColumn column) {
		String value = cell(line, column);
		if (value.isEmpty()) {
			missing(line.number(), column);
		}
		return value;
	}

	private LocalDate date(RegisterTable.Line line, RegisterColumn column) {
		String value = cell(line, column);
		if (value.isEmpty()) {
			return null;
		}
		LocalDate date = parseDate(value);
		if (date == null) {
			problem(line.number(), column, "register.error.badDate", value);
		}
		return date;
	}

	/**
	 * 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日, 20250305, an ISO date with a time, or an
	 * Excel day number; null when none of these.
	 */
	static LocalDate parseDate(String value) {
		String text = value.strip();
		int space = text.indexOf(' ');
		if (space > 0 && text.indexOf(':') > space) {
			text = text.substring(0, space);
		}
		int t = text.indexOf('T');
		if (t == 10) {
			text = text.substring(0, t);
		}
		try {
			Matcher matcher = CHINESE_DATE.matcher(text);
			if (matcher.matches()) {
				return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)));
			}
			matcher = COMPACT_DATE.matcher(text);
			if (matcher.matches()) {
				return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)));
			}
			if (text.matches("\\d{5}")) {
				int days = Integer.parseInt(text);
				return (days >= 20_000 && days <= 80_000) ? EXCEL_EPOCH.plusDays(days) : null;
			}
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	// ---------------------------------------------------------------- problems

	private void missing(int row, RegisterColumn column) {
		problem(row, column, "register.error.required", name(column));
	}

	private void notForStatus(int row, RegisterColumn column, String value, LoopStatus status) {
		if (!value.isEmpty()) {
			problem(row, column, "register.error.notForStatus", name(column), statusName(status));
		}
	}

	private void tooLong(int row, RegisterColumn column, String value, int max) {
		if (value != null && value.length() > max) {
			problem(row, column, "register.error.tooLong", name(column), max);
		}
	}

	private void problem(int row, RegisterColumn column, String key, Object... arguments) {
		this.problems.add(RegisterProblem.of(row, column, key, arguments));
	}

	private static DefaultMessageSourceResolvable name(RegisterColumn column) {
		return new DefaultMessageSourceResolvable(column.messageKey());
	}

	private static DefaultMessageSourceResolvable statusName(LoopStatus status) {
		return new DefaultMessageSourceResolvable(status.messageKey());
	}

}
