package org.deputyaction.demo.reception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.deputyaction.reception.SessionKind;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Past and upcoming reception days (monthly, on the 15th) and deputy actions (quarterly,
 * on the 20th of a quarter's middle month) for the demo deputy's station and the first
 * few stations of every county: past ones recorded with attendance, voters, minutes and
 * the station's reception-day problems linked, the latest past reception day left
 * unrecorded so that staff see an overdue record. Written in the caller's transaction, on
 * the first load only.
 */
@Component
public class DemoReceptions {

	private static final String FILE = "demo/receptions.tsv";

	/** Stations per county besides the demo deputy's. */
	static final int VENUES_PER_COUNTY = 2;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoReceptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Loads the sessions.
	 * @param deputyVenueCode the demo deputy's station, which gets the fullest set
	 * @return the number of sessions written
	 */
	public int load(String deputyVenueCode) {
		List<Line> lines = read();
		List<Line> days = lines.stream().filter((line) -> line.kind() == SessionKind.RECEPTION_DAY).toList();
		List<Line> actions = lines.stream().filter((line) -> line.kind() == SessionKind.DEPUTY_ACTION).toList();
		LocalDate today = LocalDate.now(this.clock);
		int written = 0;
		for (Venue venue : venues(deputyVenueCode)) {
			boolean demoStation = venue.code().equals(deputyVenueCode);
			int monthsBack = demoStation ? 6 : 3;
			LocalDate latestPast = null;
			for (int m = -monthsBack; m <= 1; m++) {
				LocalDate heldOn = today.withDayOfMonth(15).plusMonths(m);
				if (heldOn.isBefore(today) && (latestPast == null || heldOn.isAfter(latestPast))) {
					latestPast = heldOn;
				}
			}
			int index = 0;
			for (int m = -monthsBack; m <= 1; m++) {
				LocalDate heldOn = today.withDayOfMonth(15).plusMonths(m);
				boolean record = heldOn.isBefore(today) && !heldOn.equals(latestPast);
				write(venue, SessionKind.RECEPTION_DAY, heldOn, 9 * 60, 11 * 60 + 30, days.get(index++ % days.size()),
						record, demoStation);
				written++;
			}
			int quarters = demoStation ? 2 : 1;
			LocalDate quarterMiddle = today.withDayOfMonth(20)
				.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 2)
				.minusMonths(3L * quarters);
			for (int q = 0; q <= quarters + 1; q++) {
				LocalDate heldOn = quarterMiddle.plusMonths(3L * q);
				if (heldOn.isBefore(today.minusMonths(3L * quarters + 1)) || heldOn.isAfter(today.plusMonths(4))) {
					continue;
				}
				Line line = actions.get((heldOn.getMonthValue() - 1) / 3 % actions.size());
				write(venue, SessionKind.DEPUTY_ACTION, heldOn, 14 * 60, 17 * 60, line, heldOn.isBefore(today),
						demoStation);
				written++;
			}
		}
		return written;
	}

	private void write(Venue venue, SessionKind kind, LocalDate heldOn, int starts, int ends, Line line,
			boolean recorded, boolean linkProblems) {
		OffsetDateTime created = heldOn.minusDays(20).atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
		OffsetDateTime recordedAt = recorded ? heldOn.plusDays(1).atTime(16, 0).atOffset(ZoneOffset.ofHours(8)) : null;
		OffsetDateTime updated = (recordedAt != null) ? recordedAt : created;
		int voters = recorded ? 6 + (int) ((venue.id() * 7 + heldOn.getMonthValue() * 5) % 23) : 0;
		Long id = this.jdbc.sql("""
				insert into reception_session (county_id, venue_id, kind, held_on, starts_minute, ends_minute, place,
				  theme, status, voters_received, minutes, created_at, created_by, recorded_at, recorded_by, updated_at,
				  updated_by)
				values (:county, :venue, :kind, :heldOn, :starts, :ends, :place, :theme, :status, :voters, :minutes,
				  :created, :by, :recordedAt, :recordedBy, :updated, :by)
				returning id
				""")
			.param("county", venue.countyId())
			.param("venue", venue.id())
			.param("kind", kind.name())
			.param("heldOn", heldOn)
			.param("starts", starts)
			.param("ends", ends)
			.param("place", line.place().replace("{venue}", venue.name()))
			.param("theme", line.theme())
			.param("status", recorded ? "RECORDED" : "SCHEDULED")
			.param("voters", recorded ? voters : null)
			.param("minutes", recorded ? line.minutes() : null)
			.param("created", created)
			.param("by", venue.staffName())
			.param("recordedAt", recordedAt)
			.param("recordedBy", recorded ? venue.staffName() : null)
			.param("updated", updated)
			.query(Long.class)
			.single();
		int onDuty = (kind == SessionKind.DEPUTY_ACTION) ? 4 : 2;
		List<Long> deputies = venue.deputyIds();
		for (int i = 0; i < deputies.size() && i < onDuty; i++) {
			int pick = linkProblems ? i : (heldOn.getMonthValue() + i) % deputies.size();
			boolean attended = recorded && !(i == 1 && heldOn.getMonthValue() % 4 == 0);
			this.jdbc.sql("""
					insert into reception_session_deputy (session_id, deputy_id, on_duty, attended)
					values (?, ?, true, ?) on conflict do nothing
					""").params(id, deputies.get(pick), attended).update();
		}
		if (recorded && linkProblems) {
			this.jdbc.sql("""
					insert into reception_session_problem (session_id, problem_id, linked_at, linked_by)
					select ?, p.id, ?, ? from problem p
					where p.venue_id = ? and p.source = 'RECEPTION_DAY' and p.found_on between ? and ?
					  and not exists (select 1 from reception_session_problem sp where sp.problem_id = p.id)
					order by p.found_on, p.id limit 3
					""")
				.params(id, recordedAt, venue.staffName(), venue.id(), heldOn.minusDays(20), heldOn.plusDays(10))
				.update();
		}
	}

	private List<Venue> venues(String deputyVenueCode) {
		List<Venue> venues = new ArrayList<>();
		this.jdbc.sql("""
				select v.id, v.code, v.name, v.county_id,
				       coalesce((select a.display_name from app_user a where a.role = 'COUNTY_STAFF'
				                 and a.county_id = v.county_id order by a.id limit 1), 'system') as staff,
				       array(select d.id from deputy d where d.venue_id = v.id and d.active order by d.id) as deputies
				from venue v
				where v.active and (v.code = :code or v.id in (
				  select x.id from (select w.id, row_number() over (partition by w.county_id order by w.id) as n
				                    from venue w where w.active and w.kind = 'LIAISON_STATION') x
				  where x.n <= :perCounty))
				order by v.id
				""").param("code", deputyVenueCode).param("perCounty", VENUES_PER_COUNTY).query((rs, row) -> {
			Long[] ids = (Long[]) rs.getArray("deputies").getArray();
			return new Venue(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("county_id"),
					rs.getString("staff"), List.of(ids));
		}).list().forEach(venues::add);
		return venues;
	}

	private static List<Line> read() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			List<Line> lines = new ArrayList<>();
			for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (row.isBlank() || row.startsWith("#")) {
					continue;
				}
				String[] cells = row.split("\t", -1);
				lines.add(new Line(SessionKind.valueOf(cells[0].strip()), cells[1].isBlank() ? null : cells[1].strip(),
						cells[2].strip(), cells[3].strip()));
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Venue(Long id, String code, String name, Long countyId, String staffName, List<Long> deputyIds) {

	}

	private record Line(SessionKind kind, String theme, String place, String minutes) {

	}

}
