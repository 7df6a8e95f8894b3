package org.deputyaction.demo.loop;

import java.util.List;

import org.deputyaction.suggestion.ProblemRecorded;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ReplyRecorded;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.SuggestionUrged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whoever listens to the loop about the demo items' latest activity, as the loop's
 * services would have when it happened: the latest replies waiting for a rating, the
 * latest urgings of items still with their units, the latest problems raised online. So
 * the demo accounts find messages in their inbox after the first start. Publishes in the
 * caller's transaction.
 */
@Component
public class RecentActivity {

	private static final int LATEST = 5;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	RecentActivity(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Publishes the events; returns how many. */
	public int publish(long prefectureId) {
		List<Object> published = new java.util.ArrayList<>();
		published.addAll(this.jdbc.query("""
				select r.suggestion_id, r.id, r.unit_id, s.handling_round, r.result_class, r.replied_on, r.on_time
				from reply r join suggestion s on s.id = r.suggestion_id join county c on c.id = s.county_id
				where c.prefecture_id = ? and s.status = 'FED_BACK'
				  and r.id = (select max(r2.id) from reply r2 where r2.suggestion_id = s.id)
				order by (s.lead_deputy_id in (select a.deputy_id from app_user a where a.deputy_id is not null)) desc,
				         r.replied_on desc, r.id desc
				limit ?
				""",
				(rs, n) -> new ReplyRecorded(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
						ResultClass.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), rs.getBoolean(7)),
				prefectureId, LATEST * 2));
		published.addAll(this.jdbc.query("""
				select e.suggestion_id, e.unit_id, e.id, e.entry_text
				from supervision_entry e join suggestion s on s.id = e.suggestion_id join county c on c.id = s.county_id
				where c.prefecture_id = ? and e.kind = 'URGING' and s.status in ('ASSIGNED', 'SUPERVISED')
				  and e.unit_id is not null
				order by e.recorded_at desc, e.id desc limit ?
				""", (rs, n) -> new SuggestionUrged(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)),
				prefectureId, LATEST * 4));
		published
			.addAll(this.jdbc.query(
					"""
							select p.id, p.tracking_number, p.county_id, p.venue_id, p.found_on
							from problem p join county c on c.id = p.county_id
							where c.prefecture_id = ? and p.source = 'ONLINE' and p.status = 'FOUND'
							order by p.found_on desc, p.id desc limit ?
							""", (rs, n) -> new ProblemRecorded(rs.getLong(1), rs.getString(2), rs.getLong(3),
							rs.getLong(4), ProblemSource.ONLINE, rs.getDate(5).toLocalDate()),
					prefectureId, LATEST * 2));
		published.forEach(this.events::publishEvent);
		return published.size();
	}

}
