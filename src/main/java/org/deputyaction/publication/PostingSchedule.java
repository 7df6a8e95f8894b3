package org.deputyaction.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.deputyaction.organization.VenueKind;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a home or station is due to post its three lists (公示). The administrator sets the
 * interval on the loop settings: every N months, 0 for never. A venue's posting is due
 * when
 * <ul>
 * <li>the venue is active;</li>
 * <li>it has something to post: a public item proposed, assigned or replied on or after
 * the day of its last posting, or, when it never posted, any public item;</li>
 * <li>its last posting is N months old or older ({@code posted_on + N months <= today}),
 * or it never posted.</li>
 * </ul>
 * Each due venue is reminded once per period: periods of N months start on the day the
 * posting fell due ({@code posted_on + k·N months}); for a venue that never posted they
 * are calendar periods of N months counted from January 2000.
 */
@Service
@Transactional(readOnly = true)
public class PostingSchedule {

	/** Where the calendar periods of venues that never posted are counted from. */
	static final LocalDate NEVER_POSTED_ANCHOR = LocalDate.of(2000, 1, 1);

	/**
	 * All venues at once, in one statement: each venue's latest posting through
	 * {@code posting_venue_idx} (venue, number desc), and whether a public item changed
	 * since through the suggestion indexes by venue and date (the public lists' partial
	 * indexes {@code suggestion_public_venue_*_idx} of V63, or the venue's by proposal
	 * date).
	 */
	private static final String DUE = """
			select v.id, v.code, v.kind, v.name, v.county_id, last.number as last_number,
			       last.posted_on as last_posted_on
			from venue v
			left join lateral (select p.number, p.posted_on from posting p where p.venue_id = v.id
			                   order by p.number desc limit 1) last on true
			where v.active
			  and (last.posted_on is null or last.posted_on + make_interval(months => :months) <= :today)
			  and (exists (select 1 from suggestion s where s.venue_id = v.id and s.public_visible
			                 and s.proposed_on >= coalesce(last.posted_on, date '-infinity'))
			       or exists (select 1 from suggestion s where s.venue_id = v.id and s.public_visible
			                    and s.assigned_on is not null and s.assigned_on >= last.posted_on)
			       or exists (select 1 from suggestion s where s.venue_id = v.id and s.public_visible
			                    and s.replied_on is not null and s.replied_on >= last.posted_on))
			order by v.county_id, v.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final LoopSettingsService settings;

	private final Clock clock;

	PostingSchedule(NamedParameterJdbcTemplate jdbc, LoopSettingsService settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The venues whose posting is due today, with the interval of the loop settings. */
	public List<PostingDue> dueToday() {
		return due(LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE),
				this.settings.current().getPostingIntervalMonths());
	}

	/**
	 * The venues whose posting is due on the given day with an interval of the given
	 * months; none when the interval is 0.
	 */
	public List<PostingDue> due(LocalDate today, int intervalMonths) {
		if (intervalMonths <= 0) {
			return List.of();
		}
		return this.jdbc.query(DUE, new MapSqlParameterSource("months", intervalMonths).addValue("today", today),
				(rs, n) -> {
					java.sql.Date posted = rs.getDate("last_posted_on");
					LocalDate lastPostedOn = (posted != null) ? posted.toLocalDate() : null;
					int number = rs.getInt("last_number");
					Integer lastNumber = rs.wasNull() ? null : number;
					return new PostingDue(rs.getLong("id"), rs.getString("code"),
							VenueKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getLong("county_id"),
							lastNumber, lastPostedOn,
							periodStart((lastPostedOn != null) ? lastPostedOn : NEVER_POSTED_ANCHOR, intervalMonths,
									today));
				});
	}

	/**
	 * The start of the period that contains today, periods being
	 * {@code anchor + k·months} (as the database adds months: the 31st plus a month is
	 * the month's last day).
	 */
	static LocalDate periodStart(LocalDate anchor, int months, LocalDate today) {
		long k = Math.max(0, ChronoUnit.MONTHS.between(anchor, today) / months);
		while (!anchor.plusMonths((k + 1) * months).isAfter(today)) {
			k++;
		}
		while (k > 0 && anchor.plusMonths(k * months).isAfter(today)) {
			k--;
		}
		return anchor.plusMonths(k * months);
	}

}
