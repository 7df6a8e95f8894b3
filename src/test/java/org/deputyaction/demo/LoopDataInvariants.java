package org.deputyaction.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants the loop's services keep, checked on the items of one prefecture's
 * counties however they were written: every state present, every county with items,
 * timelines in order and ending in the item's state, numbers unique and in the county's
 * format, statuses consistent with assignments, rounds, replies and ratings.
 */
final class LoopDataInvariants {

	private final JdbcTemplate jdbc;

	private final String prefectureCode;

	LoopDataInvariants(JdbcTemplate jdbc, String prefectureCode) {
		this.jdbc = jdbc;
		this.prefectureCode = prefectureCode;
	}

	private String counties() {
		return "(select c.id from county c join prefecture p on p.id = c.prefecture_id where p.code = '"
				+ this.prefectureCode + "')";
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	void everyStateIsPresent() {
		for (String status : List.of("FOUND", "RESOLVED_DIRECTLY", "MERGED", "DECLINED", "PROPOSED")) {
			assertThat(count("select count(*) from problem where status = ? and county_id in " + counties(), status))
				.as("problems %s", status)
				.isPositive();
		}
		for (String status : List.of("PROPOSED", "ASSIGNED", "SUPERVISED", "FED_BACK", "CLOSED")) {
			assertThat(count("select count(*) from suggestion where status = ? and county_id in " + counties(), status))
				.as("suggestions %s", status)
				.isPositive();
		}
		String mine = " and s.county_id in " + counties();
		assertThat(count("select count(*) from suggestion s where s.status = 'ASSIGNED' and exists (select 1 from"
				+ " unit_assignment a where a.suggestion_id = s.id and a.status = 'OBJECTED')" + mine))
			.as("objected")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status in ('ASSIGNED', 'SUPERVISED') and exists"
				+ " (select 1 from unit_assignment a where a.suggestion_id = s.id and a.status = 'REROUTED')" + mine))
			.as("re-routed")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status = 'SUPERVISED' and s.due_on > s.first_due_on"
				+ " and s.handling_round = 1" + mine))
			.as("extended")
			.isPositive();
		assertThat(
				count("select count(*) from suggestion s where s.status = 'SUPERVISED' and s.key_supervision" + mine))
			.as("key supervision")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status = 'CLOSED' and s.handling_round > 1" + mine))
			.as("closed after re-handling")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status = 'CLOSED' and s.follow_up_pending" + mine))
			.as("follow-up pending")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status = 'CLOSED' and s.follow_up_solved_on"
				+ " is not null" + mine))
			.as("follow-up solved")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status in ('ASSIGNED', 'SUPERVISED')"
				+ " and s.due_on < current_date" + mine))
			.as("overdue")
			.isPositive();
		assertThat(count("select count(*) from suggestion s where s.status in ('ASSIGNED', 'SUPERVISED')"
				+ " and s.due_on between current_date and current_date + 15" + mine))
			.as("near due")
			.isPositive();
		assertThat(
				count("select count(distinct r.result_class) from reply r join suggestion s on s.id = r.suggestion_id"
						+ " where true" + mine))
			.as("result classes")
			.isEqualTo(4);
		assertThat(count("select count(*) from rating r join suggestion s on s.id = r.suggestion_id"
				+ " where r.result = 'UNSATISFIED'" + mine))
			.as("unsatisfied ratings")
			.isPositive();
	}

	void everyCountyHasItems() {
		assertThat(count("select count(*) from county c where c.id in " + counties()
				+ " and not exists (select 1 from suggestion s where s.county_id = c.id)" + " or c.id in " + counties()
				+ " and not exists (select 1 from problem p where p.county_id = c.id)"))
			.isZero();
	}

	void numbersAreUniqueAndInTheCountysFormat() {
		assertThat(count("""
				select count(*) from suggestion s join county c on c.id = s.county_id
				where s.county_id in %s
				  and s.number !~ ('^' || c.short_name || '-' || extract(year from s.proposed_on)::int || '-[0-9]{4,}$')
				""".formatted(counties()))).isZero();
		assertThat(count("""
				select count(*) from (select number from suggestion group by number having count(*) > 1) d"""))
			.isZero();
		assertThat(count("""
				select count(*) from suggestion s
				where s.county_id in %s and not exists (select 1 from suggestion_number_counter n
				  where n.county_id = s.county_id and n.year = extract(year from s.proposed_on)::int
				    and n.last_value >= substring(s.number from '[0-9]+$')::int)""".formatted(counties())))
			.as("counters behind the numbers")
			.isZero();
		assertThat(count("select count(*) from problem where county_id in " + counties()
				+ " and tracking_number !~ '^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$'"))
			.isZero();
	}

	void statusesAgreeWithAssignmentsRoundsRepliesAndRatings() {
		String mine = " and s.county_id in " + counties();
		assertThat(count("select count(*) from suggestion s where s.status = 'PROPOSED' and (s.assigned_on is not null"
				+ " or exists (select 1 from unit_assignment a where a.suggestion_id = s.id))" + mine))
			.as("proposed with assignments")
			.isZero();
		assertThat(count("""
				select count(*) from suggestion s where s.status <> 'PROPOSED' and (s.lead_unit_id is distinct from
				  (select a.unit_id from unit_assignment a where a.suggestion_id = s.id and a.role = 'LEAD'
				   and a.status <> 'REROUTED')
				  or s.handling_round <> (select count(*) from handling_round r where r.suggestion_id = s.id)
				  or not (s.proposed_on <= s.assigned_on and s.assigned_on < s.first_due_on
				          and (s.handling_round > 1 or s.first_due_on <= s.due_on and s.due_on <= s.max_due_on)
				          and s.first_due_on <= s.max_due_on))""" + mine))
			.as("assigned without one active lead, its rounds or ordered dates")
			.isZero();
		assertThat(count("""
				select count(*) from suggestion s join handling_round r on r.suggestion_id = s.id
				  and r.number = s.handling_round
				where s.status in ('FED_BACK', 'CLOSED') and not exists (select 1 from reply p where p.round_id = r.id
				  and p.replied_on = s.replied_on and p.result_class = s.result_class)""" + mine))
			.as("fed back without the current round's reply")
			.isZero();
		assertThat(
				count("""
						select count(*) from suggestion s join handling_round r on r.suggestion_id = s.id
						  and r.number = s.handling_round
						where s.status in ('ASSIGNED', 'SUPERVISED') and exists (select 1 from reply p where p.round_id = r.id)"""
						+ mine))
			.as("open with a reply in the current round")
			.isZero();
		assertThat(
				count("""
						select count(*) from suggestion s where s.status = 'CLOSED' and (s.closed_on is null
						  or s.closed_on < s.replied_on or s.follow_up_pending and s.result_class not in ('B', 'C')
						  or not exists (select 1 from rating g where g.suggestion_id = s.id and g.round_number = s.handling_round
						    and g.handling_work <> 'UNSATISFIED' and g.result <> 'UNSATISFIED' and g.rated_on = s.closed_on))"""
						+ mine))
			.as("closed without a satisfied rating of the last round")
			.isZero();
		assertThat(
				count("""
						select count(*) from suggestion s join handling_round r on r.suggestion_id = s.id
						where r.number < s.handling_round and not exists (select 1 from rating g join reply p on p.id = g.reply_id
						  where p.round_id = r.id and (g.handling_work = 'UNSATISFIED' or g.result = 'UNSATISFIED'))"""
						+ mine))
			.as("an earlier round not ended by an unsatisfied rating")
			.isZero();
		assertThat(
				count("""
						select count(*) from reply p join suggestion s on s.id = p.suggestion_id
						join handling_round r on r.id = p.round_id
						where (p.on_time <> (p.replied_on <= p.due_on) or p.replied_on < r.started_on
						  or exists (select 1 from unit_assignment a where a.suggestion_id = s.id and a.role = 'ASSISTING'
						    and a.status <> 'REROUTED' and not r.views_waived
						    and not exists (select 1 from assisting_view v where v.round_id = r.id and v.unit_id = a.unit_id)))"""
						+ mine))
			.as("replies late, early or without the assisting units' views")
			.isZero();
		assertThat(count("""
				select count(*) from extension_request e join suggestion s on s.id = e.suggestion_id
				where e.requested_due_on <= e.current_due_on or e.requested_due_on > s.max_due_on
				  or e.status = 'PENDING' and s.status not in ('ASSIGNED', 'SUPERVISED')""" + mine)).as("extensions")
			.isZero();
		assertThat(count("""
				select count(*) from unit_assignment a join suggestion s on s.id = a.suggestion_id
				where a.status = 'OBJECTED' and (a.objected_at is null
				  or (a.objected_at at time zone 'Asia/Shanghai')::date > a.objection_deadline)
				  or a.status = 'REROUTED' and (a.replaced_by_id is null or a.rerouted_at is null)""" + mine))
			.as("objections and re-routing")
			.isZero();
		assertThat(
				count("""
						select count(*) from problem p where p.county_id in %s and (
						  p.status = 'PROPOSED' and p.suggestion_id is null
						  or p.status = 'MERGED' and not exists (select 1 from problem t where t.id = p.merged_into_id
						    and t.county_id = p.county_id and t.status in ('FOUND', 'PROPOSED') and t.recorded_at < p.settled_at)
						  or p.status in ('RESOLVED_DIRECTLY', 'MERGED', 'DECLINED') and (p.outcome_reason is null
						    or p.settled_at is null)
						  or p.status = 'FOUND' and p.settled_at is not null)"""
					.formatted(counties())))
			.as("problems")
			.isZero();
	}

	/**
	 * Each item's timeline starts where the item started, is in time order, every entry
	 * leaves from the state the previous one reached, it ends in the item's state, and
	 * nothing happens in the future.
	 */
	void timelinesAreOrderedAndEndInTheItemsState(Instant now) {
		assertThat(count("select count(*) from timeline_entry t where t.occurred_at > ? and (t.suggestion_id in"
				+ " (select id from suggestion where county_id in " + counties() + ") or t.problem_id in"
				+ " (select id from problem where county_id in " + counties() + "))", Timestamp.from(now)))
			.as("entries in the future")
			.isZero();
		check("suggestion", "suggestion_id", "SUGGESTION_PROPOSED");
		check("problem", "problem_id", "PROBLEM_RECORDED");
	}

	private void check(String table, String column, String firstAction) {
		Map<Long, String> statuses = new HashMap<>();
		this.jdbc.query("select id, status from " + table + " where county_id in " + counties(),
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> statuses.put(rs.getLong(1),
						rs.getString(2)));
		Map<Long, List<String[]>> entries = new HashMap<>();
		this.jdbc.query(
				"select t." + column + ", t.action, t.from_status, t.to_status, t.actor_role from timeline_entry t"
						+ " join " + table + " x on x.id = t." + column + " where x.county_id in " + counties()
						+ " order by t." + column + ", t.occurred_at, t.id",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
					entries.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
						.add(new String[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) });
				});
		List<Long> orderedById = this.jdbc.queryForList("select count(*) from (select t.id, lag(t.occurred_at) over"
				+ " (partition by t." + column
				+ " order by t.id) as previous, t.occurred_at from timeline_entry t join " + table + " x on x.id = t."
				+ column + " where x.county_id in " + counties() + ") e where e.previous > e.occurred_at", Long.class);
		assertThat(orderedById).containsExactly(0L);
		assertThat(entries.keySet()).as("%s with a timeline", table)
			.containsExactlyInAnyOrderElementsOf(statuses.keySet());
		for (Map.Entry<Long, List<String[]>> item : entries.entrySet()) {
			List<String[]> list = item.getValue();
			assertThat(list.get(0)[0]).as("%s %s starts", table, item.getKey()).isEqualTo(firstAction);
			assertThat(list.get(0)[1]).isNull();
			String state = null;
			for (String[] entry : list) {
				assertThat(entry[1]).as("%s %s: %s leaves from %s", table, item.getKey(), entry[0], state)
					.isEqualTo(state);
				state = entry[2];
			}
			assertThat(state).as("%s %s ends in its state", table, item.getKey())
				.isEqualTo(statuses.get(item.getKey()));
			assertThat(list.stream().filter((e) -> !Objects.equals(e[0], "PROBLEM_RECORDED")).map((e) -> e[3]))
				.as("actors of %s %s", table, item.getKey())
				.doesNotContainNull();
		}
	}

}
