package org.deputyaction.suggestion.register;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.register.RegisterPlanner.Item;
import org.deputyaction.suggestion.register.RegisterReport.CountyCounts;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports legacy registers (台账): one spreadsheet line per problem, carried round the loop
 * as far as the register says, with consistent dates. Every line is checked first; if any
 * is wrong nothing is written and the report lists every problem. The prefecture office
 * imports for any county, county staff for their own.
 */
@Service
public class RegisterImportService {

	/** The largest file accepted, in bytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most data rows accepted in one file. */
	public static final int MAX_ROWS = 50_000;

	/** The most problems a report lists; the total is counted beyond. */
	public static final int MAX_PROBLEMS = 500;

	private static final Logger log = LoggerFactory.getLogger(RegisterImportService.class);

	private static final Locale DATA_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final RegisterDirectory directory;

	private final RegisterWriter writer;

	private final LoopSettingsService settings;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RegisterImportService(RegisterDirectory directory, RegisterWriter writer, LoopSettingsService settings,
			MessageSource messages, JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.directory = directory;
		this.writer = writer;
		this.settings = settings;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the user may import registers at all. */
	public static boolean mayImport(CurrentUser user) {
		return user.is(Role.PREFECTURE_OFFICE) || (user.is(Role.COUNTY_STAFF) && user.countyId() != null);
	}

	/**
	 * Checks the file and, if every line is right, writes all of it in this transaction.
	 */
	@Transactional
	public RegisterReport importFile(String fileName, byte[] content, CurrentUser user) {
		return run(fileName, content, user, true);
	}

	/**
	 * Checks the file as {@link #importFile} does and counts its lines, writing nothing.
	 */
	@Transactional(readOnly = true)
	public RegisterReport check(String fileName, byte[] content, CurrentUser user) {
		return run(fileName, content, user, false);
	}

	/**
	 * The latest imports the user may see, newest first: all for the prefecture office,
	 * those holding lines of their county for county staff.
	 */
	@Transactional(readOnly = true)
	public List<RegisterBatch> batches(CurrentUser user, int limit) {
		require(user);
		Long county = staffCounty(user);
		return this.jdbc.query("""
				select r.id, r.imported_at, r.imported_by_name, r.file_name, r.row_count, r.suggestion_count,
				       r.closed_count,
				       (select string_agg(c.name, ', ' order by c.name) from county c
				         where c.id in (select i.county_id from register_item i where i.import_id = r.id))
				  from register_import r
				 where cast(? as bigint) is null
				    or exists (select 1 from register_item i where i.county_id = ? and i.import_id = r.id)
				 order by r.imported_at desc, r.id desc
				 limit ?
				""",
				(rs, i) -> new RegisterBatch(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)),
				county, county, limit);
	}

	/** One import and the lines of it the user may see, in row order. */
	@Transactional(readOnly = true)
	public List<RegisterBatchItem> batchItems(long batchId, CurrentUser user) {
		require(user);
		Long county = staffCounty(user);
		List<RegisterBatchItem> items = this.jdbc.query("""
				select i.row_number, i.register_number, c.name, p.id, p.tracking_number, s.id, s.number,
				       coalesce(s.title, p.title), coalesce(s.status, p.status)
				  from register_item i
				  join county c on c.id = i.county_id
				  join problem p on p.id = i.problem_id
				  left join suggestion s on s.id = i.suggestion_id
				 where i.import_id = ? and (cast(? as bigint) is null or i.county_id = ?)
				 order by i.row_number
				""",
				(rs, i) -> new RegisterBatchItem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), (Long) rs.getObject(6), rs.getString(7), rs.getString(8),
						LoopStatus.valueOf(rs.getString(9))),
				batchId, county, county);
		if (items.isEmpty()) {
			throw new NotFoundException();
		}
		return items;
	}

	/** One import the user may see. */
	@Transactional(readOnly = true)
	public RegisterBatch batch(long batchId, CurrentUser user) {
		require(user);
		Long county = staffCounty(user);
		return this.jdbc
			.query("""
					select r.id, r.imported_at, r.imported_by_name, r.file_name, r.row_count, r.suggestion_count,
					       r.closed_count,
					       (select string_agg(c.name, ', ' order by c.name) from county c
					         where c.id in (select i.county_id from register_item i where i.import_id = r.id))
					  from register_import r
					 where r.id = ? and (cast(? as bigint) is null
					    or exists (select 1 from register_item i where i.county_id = ? and i.import_id = r.id))
					""",
					(rs, i) -> new RegisterBatch(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
							rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)),
					batchId, county, county)
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private RegisterReport run(String fileName, byte[] content, CurrentUser user, boolean write) {
		require(user);
		if (content.length > MAX_BYTES) {
			return RegisterReport.failed(List.of(RegisterProblem.ofFile("register.error.tooLarge", MAX_BYTES >> 20)), 1,
					0);
		}
		RegisterTable table;
		try {
			table = new RegisterReader(MAX_ROWS).read(fileName, content);
		}
		catch (RegisterFileException ex) {
			return RegisterReport.failed(List.of(ex.problem()), 1, 0);
		}
		int rows = table.lines().size();
		if (write) {
			this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext('register_import'))");
		}
		String sha256 = sha256(content);
		RegisterDirectory.EarlierImport earlier = this.directory.earlierImport(sha256);
		if (earlier != null) {
			return RegisterReport.failed(List.of(RegisterProblem.ofFile("register.error.sameFile", earlier.fileName(),
					LocalDate.ofInstant(earlier.importedAt(), TimeConfiguration.ZONE))), 1, rows);
		}
		LocalDate today = LocalDate.now(this.clock);
		LoopDeadlines deadlines = this.settings.deadlines();
		RegisterPlanner planner = new RegisterPlanner(staffCounty(user), today, deadlines, (year) -> this.messages
			.getMessage("register.defaultTerm", new Object[] { String.valueOf(year) }, DATA_LOCALE));
		long started = System.nanoTime();
		RegisterPlanner.Plan plan = planner.plan(table, (words) -> this.directory.load(words.counties(), words.venues(),
				words.deputies(), words.units(), words.numbers()));
		if (!plan.problems().isEmpty()) {
			List<RegisterProblem> problems = plan.problems();
			return RegisterReport.failed(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)), problems.size(),
					rows);
		}
		long checked = System.nanoTime();
		List<CountyCounts> counties = counts(plan.items());
		if (!write) {
			return new RegisterReport(List.of(), 0, rows, counties, null);
		}
		Instant now = this.clock.instant();
		String name = (fileName != null && !fileName.isBlank()) ? abbreviate(fileName.strip()) : "-";
		RegisterWriter.Batch batch = new RegisterWriter.Batch(user.id(), user.displayName(), user.role().name(), name,
				sha256, this.messages.getMessage("register.timeline.actor", null, DATA_LOCALE), now);
		long batchId = this.writer.write(plan.items(), batch, deadlines);
		log.info("Register import {} of {} by {}: {} lines, checked in {} ms, written in {} ms", batchId, name,
				user.getUsername(), rows, (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
		this.events.publishEvent(new RegisterImported(batchId, rows));
		return new RegisterReport(List.of(), 0, rows, counties, batchId);
	}

	private static List<CountyCounts> counts(List<Item> items) {
		Map<String, Map<LoopStatus, Integer>> byCounty = new TreeMap<>();
		Map<String, Long> ids = new TreeMap<>();
		for (Item item : items) {
			ids.put(item.county.name(), item.county.id());
			byCounty.computeIfAbsent(item.county.name(), (k) -> new EnumMap<>(LoopStatus.class))
				.merge(item.status, 1, Integer::sum);
		}
		List<CountyCounts> result = new ArrayList<>();
		byCounty.forEach((name, counts) -> result.add(new CountyCounts(ids.get(name), name, counts)));
		return result;
	}

	private static void require(CurrentUser user) {
		if (user == null || !mayImport(user)) {
			throw new AccessDeniedException("prefecture office and county staff only");
		}
	}

	private static Long staffCounty(CurrentUser user) {
		return user.is(Role.COUNTY_STAFF) ? user.countyId() : null;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String fileName) {
		return (fileName.length() <= 200) ? fileName : fileName.substring(0, 200);
	}

}
