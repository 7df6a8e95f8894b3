package org.deputyaction.suggestion.register;

import org.deputyaction.system.CopyTable;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.TimelineAction;
import org.deputyaction.suggestion.register.RegisterPlanner.Item;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes checked register items as the loop would have left them: the problem, the
 * suggestion with its lead unit's assignment, handling round, reply and rating, a
 * timeline entry per step on the step's day, and a last entry saying the item was
 * imported. Rows go in with COPY, one round trip per table; the reply and rating triggers
 * keep the reporting measures as for live items.
 */
@Component
class RegisterWriter {

	private static final char[] TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final LocalTime STEP_TIME = LocalTime.of(9, 0);

	private final JdbcTemplate jdbc;

	private final SecureRandom random = new SecureRandom();

	RegisterWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Who imports which file, and how the timeline names the register's own steps. */
	record Batch(Long userId, String userName, String userRole, String fileName, String sha256, String registerActor,
			Instant now) {

	}

	/**
	 * Writes the items and the batch record, in the caller's transaction.
	 * @return the batch id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long write(List<Item> items, Batch batch, LoopDeadlines deadlines) {
		int suggestionsCount = (int) items.stream().filter(Item::isSuggestion).count();
		int closedCount = (int) items.stream().filter((i) -> i.status == LoopStatus.CLOSED).count();
		Long batchId = this.jdbc.queryForObject("""
				insert into register_import (imported_at, imported_by_user_id, imported_by_name, file_name,
				       file_sha256, row_count, problem_count, suggestion_count, closed_count)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""", Long.class, java.sql.Timestamp.from(batch.now()), batch.userId(), batch.userName(),
				batch.fileName(), batch.sha256(), items.size(), items.size(), suggestionsCount, closedCount);

		List<Item> suggestions = items.stream().filter(Item::isSuggestion).toList();
		Map<Item, Long> problemIds = ids("problem", items);
		Map<Item, Long> suggestionIds = ids("suggestion", suggestions);
		List<Item> assigned = suggestions.stream().filter((i) -> i.assignedOn != null).toList();
		Map<Item, Long> assignmentIds = ids("unit_assignment", assigned);
		Map<Item, Long> roundIds = ids("handling_round", assigned);
		List<Item> replied = suggestions.stream().filter((i) -> i.repliedOn != null).toList();
		Map<Item, Long> replyIds = ids("reply", replied);
		Map<String, String> numbers = suggestionNumbers(suggestions);
		List<String> tracking = trackingNumbers(items.size());

		CopyTable problem = new CopyTable("problem", "id", "version", "tracking_number", "county_id", "venue_id",
				"title", "description", "source", "found_on", "status", "outcome_reason", "merged_into_id",
				"suggestion_id", "recorded_by_user_id", "recorded_at", "settled_at", "updated_at");
		CopyTable suggestion = new CopyTable("suggestion", "id", "version", "number", "county_id", "venue_id", "title",
				"content", "category_id", "level", "congress_term", "lead_deputy_id", "status", "public_visible",
				"proposed_on", "proposed_at", "assigned_on", "lead_unit_id", "first_due_on", "due_on", "max_due_on",
				"handling_round", "replied_on", "result_class", "closed_on", "follow_up_pending", "updated_at");
		CopyTable assignment = new CopyTable("unit_assignment", "id", "version", "suggestion_id", "unit_id", "role",
				"status", "assigned_on", "objection_deadline", "signed_for_at");
		CopyTable round = new CopyTable("handling_round", "id", "version", "suggestion_id", "number", "started_on",
				"due_on", "assisting_views_due_on", "replied_on");
		CopyTable reply = new CopyTable("reply", "id", "version", "suggestion_id", "round_id", "unit_id",
				"result_class", "measures", "content", "replied_on", "due_on", "on_time", "on_behalf", "recorded_at",
				"recorded_by_user_id");
		CopyTable rating = new CopyTable("rating", "version", "suggestion_id", "reply_id", "round_number", "deputy_id",
				"handling_work", "result", "rated_on", "on_behalf", "recorded_at", "recorded_by_user_id");
		CopyTable timeline = new CopyTable("timeline_entry", "version", "suggestion_id", "problem_id", "occurred_at",
				"actor_user_id", "actor_name", "actor_role", "action", "from_status", "to_status", "detail");
		CopyTable registerItem = new CopyTable("register_item", "import_id", "county_id", "register_number",
				"row_number", "problem_id", "suggestion_id");

		int t = 0;
		for (Item item : items) {
			long problemId = problemIds.get(item);
			Long suggestionId = suggestionIds.get(item);
			String number = (suggestionId != null) ? numbers.get(key(item)) : null;
			String imported = batch.fileName() + " \u00b7 " + item.row + " \u00b7 " + item.number;
			LoopStatus problemStatus = item.isSuggestion() ? LoopStatus.PROPOSED : item.status;
			Instant found = at(item.foundOn, 0);
			timeline.row(0, null, problemId, found, null, batch.registerActor(), null,
					TimelineAction.PROBLEM_RECORDED.name(), null, LoopStatus.FOUND.name(), item.title);
			Instant settledAt = null;
			if (item.isSuggestion()) {
				settledAt = at(item.proposedOn, 1);
				timeline.row(0, null, problemId, settledAt, null, batch.registerActor(), null,
						TimelineAction.PROBLEM_WRITTEN_UP.name(), LoopStatus.FOUND.name(), LoopStatus.PROPOSED.name(),
						number);
			}
			else if (item.status != LoopStatus.FOUND) {
				settledAt = at(item.settledOn, 1);
				TimelineAction action = switch (item.status) {
					case RESOLVED_DIRECTLY -> TimelineAction.PROBLEM_RESOLVED_DIRECTLY;
					case DECLINED -> TimelineAction.PROBLEM_DECLINED;
					default -> TimelineAction.PROBLEM_MERGED;
				};
				timeline.row(0, null, problemId, settledAt, null, batch.registerActor(), null, action.name(),
						LoopStatus.FOUND.name(), item.status.name(), item.reason);
			}
			if (suggestionId == null) {
				// a suggestion's timeline shows its problems' entries: one import entry
				// is enough
				timeline.row(0, null, problemId, batch.now(), batch.userId(), batch.userName(), batch.userRole(),
						TimelineAction.IMPORTED_FROM_REGISTER.name(), problemStatus.name(), problemStatus.name(),
						imported);
			}
			Long mergedInto = (item.mergedInto != null) ? problemIds.get(item.mergedInto) : item.mergedIntoProblemId;
			problem.row(problemId, (settledAt != null) ? 1 : 0, tracking.get(t++), item.county.id(), item.venue.id(),
					item.title, item.description, item.source.name(), item.foundOn, problemStatus.name(),
					item.isSuggestion() ? null : item.reason, mergedInto, suggestionId, batch.userId(), batch.now(),
					settledAt, batch.now());
			registerItem.row(batchId, item.county.id(), item.number, item.row, problemId, suggestionId);
			if (suggestionId == null) {
				continue;
			}

			// the suggestion, step by step
			int version = 0;
			Instant proposedAt = at(item.proposedOn, 2);
			timeline.row(0, suggestionId, null, proposedAt, null, batch.registerActor(), null,
					TimelineAction.SUGGESTION_PROPOSED.name(), null, LoopStatus.PROPOSED.name(), item.title);
			if (item.assignedOn != null) {
				version++;
				long roundId = roundIds.get(item);
				Instant repliedAt = (item.repliedOn != null) ? at(item.repliedOn, 4) : null;
				assignment.row(assignmentIds.get(item), (repliedAt != null) ? 1 : 0, suggestionId, item.unit.id(),
						"LEAD", (repliedAt != null) ? "SIGNED_FOR" : "PENDING", item.assignedOn,
						deadlines.objectionDeadline(item.assignedOn), repliedAt);
				round.row(roundId, (item.repliedOn != null) ? 1 : 0, suggestionId, 1, item.assignedOn, item.dueOn,
						deadlines.assistingViewsDueDate(item.assignedOn), item.repliedOn);
				timeline.row(0, suggestionId, null, at(item.assignedOn, 3), null, batch.registerActor(), null,
						TimelineAction.ASSIGNED.name(), LoopStatus.PROPOSED.name(), LoopStatus.ASSIGNED.name(),
						item.unit.name() + " \u2192 " + item.dueOn);
				if (repliedAt != null) {
					version++;
					long replyId = replyIds.get(item);
					reply.row(replyId, 0, suggestionId, roundId, item.unit.id(), item.resultClass.name(), item.measures,
							item.measures, item.repliedOn, item.dueOn, !item.repliedOn.isAfter(item.dueOn), true,
							batch.now(), batch.userId());
					timeline.row(0, suggestionId, null, repliedAt, null, batch.registerActor(), null,
							TimelineAction.REPLIED.name(), LoopStatus.ASSIGNED.name(), LoopStatus.FED_BACK.name(),
							item.resultClass.name() + (item.measures.isEmpty() ? "" : ": " + item.measures));
					if (item.closedOn != null) {
						version++;
						Instant ratedAt = at(item.closedOn, 5);
						rating.row(0, suggestionId, replyId, 1, item.lead.id(), item.work.name(), item.result.name(),
								item.closedOn, true, batch.now(), batch.userId());
						timeline.row(0, suggestionId, null, ratedAt, null, batch.registerActor(), null,
								TimelineAction.RATED.name(), LoopStatus.FED_BACK.name(), LoopStatus.FED_BACK.name(),
								item.work.name() + "/" + item.result.name());
						timeline.row(0, suggestionId, null, ratedAt.plusSeconds(1), null, batch.registerActor(), null,
								TimelineAction.CLOSED.name(), LoopStatus.FED_BACK.name(), LoopStatus.CLOSED.name(),
								null);
					}
				}
			}
			timeline.row(0, suggestionId, null, batch.now(), batch.userId(), batch.userName(), batch.userRole(),
					TimelineAction.IMPORTED_FROM_REGISTER.name(), item.status.name(), item.status.name(), imported);
			suggestion.row(suggestionId, version, number, item.county.id(), item.venue.id(), item.title,
					item.description, item.category.id(), item.level.name(), item.term, item.lead.id(),
					item.status.name(), true, item.proposedOn, proposedAt, item.assignedOn,
					(item.unit != null) ? item.unit.id() : null, item.dueOn, item.dueOn, item.maxDueOn,
					(item.assignedOn != null) ? 1 : 0, item.repliedOn,
					(item.resultClass != null) ? item.resultClass.name() : null, item.closedOn,
					item.closedOn != null && item.resultClass.needsFollowUp(), batch.now());
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			copy(connection, suggestion, problem, assignment, round, reply, rating, timeline, registerItem);
			return null;
		});
		return batchId;
	}

	private static void copy(Connection connection, CopyTable... buffers) throws SQLException {
		for (CopyTable buffer : buffers) {
			buffer.copyTo(connection);
		}
	}

	private static Instant at(LocalDate day, int step) {
		return day.atTime(STEP_TIME).atZone(TimeConfiguration.ZONE).toInstant().plusSeconds(60L * step);
	}

	private static String key(Item item) {
		return item.county.id() + ":" + item.number;
	}

	/** Ids from the table's identity, one statement for all. */
	private Map<Item, Long> ids(String table, List<Item> items) {
		Map<Item, Long> ids = new java.util.IdentityHashMap<>();
		if (items.isEmpty()) {
			return ids;
		}
		List<Long> values = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('" + table + "', 'id')) from generate_series(1, ?)", Long.class,
				items.size());
		for (int i = 0; i < items.size(); i++) {
			ids.put(items.get(i), values.get(i));
		}
		return ids;
	}

	/**
	 * Suggestion numbers in the order proposed, in the county's sequence of the year
	 * proposed: one counter update per county and year.
	 */
	private Map<String, String> suggestionNumbers(List<Item> suggestions) {
		Map<String, List<Item>> groups = new LinkedHashMap<>();
		suggestions.stream()
			.sorted(Comparator.comparing((Item i) -> i.proposedOn).thenComparingInt((i) -> i.row))
			.forEach((i) -> groups
				.computeIfAbsent(i.county.id() + ":" + i.proposedOn.getYear(), (k) -> new ArrayList<>())
				.add(i));
		Map<String, String> numbers = new java.util.HashMap<>();
		for (List<Item> group : groups.values()) {
			Item first = group.get(0);
			int year = first.proposedOn.getYear();
			Integer last = this.jdbc.queryForObject("""
					insert into suggestion_number_counter (county_id, year, last_value) values (?, ?, ?)
					on conflict (county_id, year) do update set last_value = suggestion_number_counter.last_value + ?
					returning last_value
					""", Integer.class, first.county.id(), year, group.size(), group.size());
			int next = last - group.size() + 1;
			for (Item item : group) {
				numbers.put(key(item), String.format("%s-%d-%04d", item.county.shortName(), year, next++));
			}
		}
		return numbers;
	}

	/** Random tracking numbers (e.g. 7KQ2-M9XD) that no problem has yet. */
	private List<String> trackingNumbers(int count) {
		Set<String> chosen = new HashSet<>();
		while (chosen.size() < count) {
			Set<String> candidates = new HashSet<>();
			while (candidates.size() < count - chosen.size()) {
				String candidate = trackingNumber();
				if (!chosen.contains(candidate)) {
					candidates.add(candidate);
				}
			}
			List<String> taken = this.jdbc.queryForList(
					"select tracking_number from problem where tracking_number = any(?)", String.class,
					(Object) candidates.toArray(String[]::new));
			candidates.removeAll(taken);
			chosen.addAll(candidates);
		}
		return new ArrayList<>(chosen);
	}

	private String trackingNumber() {
		char[] chars = new char[9];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (i == 4) ? '-' : TRACKING_ALPHABET[this.random.nextInt(TRACKING_ALPHABET.length)];
		}
		return new String(chars);
	}

}
