package org.deputyaction.publication.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postings (公示): staff of the venue's county or the prefecture office publish a dated,
 * numbered snapshot of a venue's three public lists; it never changes afterwards.
 */
@Service
@Transactional(readOnly = true)
public class PostingService {

	/** The prefecture's time zone, in which a posting's date is given. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final NamedParameterJdbcTemplate jdbc;

	private final ListQueries lists;

	private final PlaceQueries places;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	PostingService(NamedParameterJdbcTemplate jdbc, ListQueries lists, PlaceQueries places, AuditLog audit,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.places = places;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Whether the user may publish postings of the venue: its county's staff or the
	 * prefecture office.
	 */
	public static boolean mayPublish(CurrentUser user, VenueHeader venue) {
		return user != null && (user.is(Role.PREFECTURE_OFFICE)
				|| (user.is(Role.COUNTY_STAFF) && Objects.equals(user.countyId(), venue.countyId())));
	}

	/**
	 * Publishes the venue's three public lists as they are now.
	 * @return the new posting's number
	 */
	@Transactional
	public int publish(VenueHeader venue, CurrentUser user) {
		if (!mayPublish(user, venue)) {
			throw new AccessDeniedException("only the county's staff or the prefecture office publish postings");
		}
		MapSqlParameterSource venueParam = new MapSqlParameterSource("venue", venue.id());
		this.jdbc.queryForList("select id from venue where id = :venue for update", venueParam, Long.class);
		Integer last = this.jdbc.queryForObject("select max(number) from posting where venue_id = :venue", venueParam,
				Integer.class);
		int number = (last != null) ? last + 1 : 1;
		Instant now = this.clock.instant();
		LocalDate postedOn = LocalDate.ofInstant(now, ZONE);
		Long id = this.jdbc.queryForObject(
				"""
						insert into posting (venue_id, number, posted_on, posted_at, posted_by_user_id, posted_by_name,
						                     venue_name, county_name, township_name)
						values (:venue, :number, :postedOn, :postedAt, :userId, :userName, :venueName, :countyName, :townshipName)
						returning id
						""",
				new MapSqlParameterSource("venue", venue.id()).addValue("number", number)
					.addValue("postedOn", postedOn)
					.addValue("postedAt", Timestamp.from(now))
					.addValue("userId", user.id())
					.addValue("userName", user.displayName())
					.addValue("venueName", venue.name())
					.addValue("countyName", venue.countyName())
					.addValue("townshipName", venue.townshipName()),
				Long.class);
		ListScope scope = ListScope.venue(venue.id());
		ListFilter all = ListFilter.none();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		List<SuggestionItem> suggestions = this.lists.suggestions(scope, all, ListQueries.MAX_ROWS).rows();
		for (int i = 0; i < suggestions.size(); i++) {
			rows.add(row(id, ListKind.SUGGESTIONS, i, suggestions.get(i).number(), suggestions.get(i)));
		}
		List<AssignmentItem> assignments = this.lists.assignments(scope, all, ListQueries.MAX_ROWS).rows();
		for (int i = 0; i < assignments.size(); i++) {
			rows.add(row(id, ListKind.ASSIGNMENTS, i, assignments.get(i).number(), assignments.get(i)));
		}
		List<ResultItem> results = this.lists.results(scope, all, ListQueries.MAX_ROWS).rows();
		for (int i = 0; i < results.size(); i++) {
			ResultItem r = results.get(i);
			ResultItem posted = new ResultItem(r.number(), r.title(), r.venueName(), r.unit(), r.measures(),
					r.resultClass(), r.repliedOn(), r.onTime(), r.handlingWork(), r.result(), r.status(), r.closedOn(),
					postedOn, r.publicVisible(), r.voters());
			rows.add(row(id, ListKind.RESULTS, i, r.number(), posted));
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("""
					insert into posting_row (posting_id, list, position, suggestion_id, data)
					values (:posting, :list, :position, (select id from suggestion where number = :number),
					        cast(:data as jsonb))
					""", rows.toArray(MapSqlParameterSource[]::new));
		}
		this.audit.record("posting", venue.code() + "/" + number, AuditLog.CREATED,
				suggestions.size() + "/" + assignments.size() + "/" + results.size());
		return number;
	}

	/** The venue's postings, newest first. */
	public List<PostingSummary> postings(Long venueId) {
		return this.jdbc.query("""
				select p.number, p.posted_on,
				       count(r.id) filter (where r.list = 'SUGGESTIONS') as suggestions,
				       count(r.id) filter (where r.list = 'ASSIGNMENTS') as assignments,
				       count(r.id) filter (where r.list = 'RESULTS') as results
				from posting p left join posting_row r on r.posting_id = p.id
				where p.venue_id = :venue
				group by p.id, p.number, p.posted_on
				order by p.number desc
				""", new MapSqlParameterSource("venue", venueId),
				(rs, n) -> new PostingSummary(rs.getInt("number"), rs.getDate("posted_on").toLocalDate(),
						rs.getInt("suggestions"), rs.getInt("assignments"), rs.getInt("results")));
	}

	/**
	 * One posting of the venue, by its number or by its date (the last of that day).
	 */
	public Optional<PostingView> posting(VenueHeader venue, String reference) {
		MapSqlParameterSource params = new MapSqlParameterSource("venue", venue.id());
		String condition;
		if (reference.matches("\\d{1,9}")) {
			condition = "p.number = :number";
			params.addValue("number", Integer.parseInt(reference));
		}
		else {
			try {
				params.addValue("day", LocalDate.parse(reference));
			}
			catch (java.time.format.DateTimeParseException ex) {
				return Optional.empty();
			}
			condition = "p.posted_on = :day";
		}
		PostingView found = this.jdbc.query("""
				select p.number, p.posted_on, p.posted_at, p.venue_name, p.county_name, p.township_name,
				       r.list, r.data::text as data
				from posting p left join posting_row r on r.posting_id = p.id
				where p.venue_id = :venue and p.number = (select max(p.number) from posting p where p.venue_id = :venue
				                                          and """ + " " + condition + """
				)
				order by r.list, r.position
				""", params, (ResultSetExtractor<PostingView>) (rs) -> {
			List<SuggestionItem> suggestions = new ArrayList<>();
			List<AssignmentItem> assignments = new ArrayList<>();
			List<ResultItem> results = new ArrayList<>();
			PostingView header = null;
			while (rs.next()) {
				if (header == null) {
					header = new PostingView(venue.code(), venue.kind(), rs.getInt("number"),
							rs.getDate("posted_on").toLocalDate(), rs.getTimestamp("posted_at").toInstant(),
							rs.getString("venue_name"), rs.getString("county_name"), rs.getString("township_name"),
							suggestions, assignments, results);
				}
				String list = rs.getString("list");
				if (list != null) {
					switch (ListKind.valueOf(list)) {
						case SUGGESTIONS ->
							suggestions.add(this.json.readValue(rs.getString("data"), SuggestionItem.class));
						case ASSIGNMENTS ->
							assignments.add(this.json.readValue(rs.getString("data"), AssignmentItem.class));
						case RESULTS -> results.add(this.json.readValue(rs.getString("data"), ResultItem.class));
					}
				}
			}
			return header;
		});
		return Optional.ofNullable(found);
	}

	private MapSqlParameterSource row(Long postingId, ListKind list, int position, String number, Object item) {
		return new MapSqlParameterSource("posting", postingId).addValue("list", list.name())
			.addValue("position", position)
			.addValue("number", number)
			.addValue("data", this.json.writeValueAsString(item));
	}

}
