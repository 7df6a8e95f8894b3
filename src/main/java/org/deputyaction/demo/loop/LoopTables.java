package org.deputyaction.demo.loop;

import org.deputyaction.system.CopyTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the closed loop as COPY buffers, with the ids, category ids and number
 * counters the rows need. One use: {@link #begin} locks the tables against other writers
 * and reserves ids, the simulator fills the buffers, {@link #finish} writes them in the
 * order of their foreign keys and moves the identities and the number counters on, all in
 * the caller's transaction.
 */
public final class LoopTables {

	static final List<String> LOCKED = List.of("suggestion_number_counter", "suggestion", "problem",
			"suggestion_co_signer", "unit_assignment", "handling_round", "assisting_view", "reply", "rating",
			"extension_request", "supervision_entry", "timeline_entry");

	final CopyTable suggestion = new CopyTable("suggestion", "id", "version", "number", "county_id", "venue_id",
			"title", "content", "category_id", "level", "congress_term", "lead_deputy_id", "status", "public_visible",
			"key_supervision", "key_supervision_leader", "proposed_on", "proposed_at", "proposed_by_user_id",
			"assigned_on", "assigned_by_user_id", "lead_unit_id", "first_due_on", "due_on", "max_due_on",
			"handling_round", "replied_on", "result_class", "closed_on", "follow_up_pending", "follow_up_solved_on",
			"follow_up_note", "updated_at");

	final CopyTable problem = new CopyTable("problem", "id", "version", "tracking_number", "county_id", "venue_id",
			"title", "description", "source", "found_on", "contact_name", "contact_phone", "status", "outcome_reason",
			"merged_into_id", "suggestion_id", "recorded_by_user_id", "recorded_by_deputy_id", "recorded_at",
			"settled_at", "updated_at");

	final CopyTable coSigner = new CopyTable("suggestion_co_signer", "id", "version", "suggestion_id", "deputy_id",
			"invited_at", "confirmed_at");

	final CopyTable assignment = new CopyTable("unit_assignment", "id", "version", "suggestion_id", "unit_id", "role",
			"status", "assigned_on", "assigned_by_user_id", "objection_deadline", "signed_for_at",
			"signed_for_by_user_id", "objection_reason", "objected_at", "objected_by_user_id", "objection_refused_at",
			"objection_refusal_reason", "rerouted_at", "reroute_reason", "replaces_id", "replaced_by_id");

	final CopyTable round = new CopyTable("handling_round", "id", "version", "suggestion_id", "number", "started_on",
			"due_on", "assisting_views_due_on", "views_waived", "views_waived_reason", "replied_on");

	final CopyTable view = new CopyTable("assisting_view", "id", "version", "round_id", "suggestion_id", "unit_id",
			"view_text", "given_on", "given_at", "given_by_user_id");

	final CopyTable reply = new CopyTable("reply", "id", "version", "suggestion_id", "round_id", "unit_id",
			"result_class", "measures", "content", "replied_on", "due_on", "on_time", "on_behalf", "recorded_at",
			"recorded_by_user_id");

	final CopyTable rating = new CopyTable("rating", "id", "version", "suggestion_id", "reply_id", "round_number",
			"deputy_id", "handling_work", "result", "comment", "rated_on", "on_behalf", "recorded_at",
			"recorded_by_user_id");

	final CopyTable extension = new CopyTable("extension_request", "id", "version", "suggestion_id", "unit_id",
			"current_due_on", "requested_due_on", "reason", "status", "requested_at", "requested_by_user_id",
			"decided_at", "decided_by_user_id", "granted_due_on", "decision_reason");

	final CopyTable supervision = new CopyTable("supervision_entry", "id", "version", "suggestion_id", "kind",
			"unit_id", "round_number", "entry_text", "entry_on", "recorded_at", "recorded_by_user_id");

	final CopyTable timeline = new CopyTable("timeline_entry", "id", "version", "suggestion_id", "problem_id",
			"occurred_at", "actor_user_id", "actor_name", "actor_role", "action", "from_status", "to_status", "detail");

	private final List<CopyTable> order = List.of(this.suggestion, this.problem, this.coSigner, this.assignment,
			this.round, this.view, this.reply, this.rating, this.extension, this.supervision, this.timeline);

	final Map<CopyTable, IdBlock> ids = new HashMap<>();

	final Map<String, Long> categories = new HashMap<>();

	/** The last number used per county and year ("countyId:year"). */
	final Map<String, Integer> counters = new HashMap<>();

	private final Map<String, Integer> countersAtStart = new HashMap<>();

	/**
	 * Locks the loop's tables against inserts by others until the transaction ends (reads
	 * go on), reserves ids and reads the categories and number counters.
	 */
	public void begin(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table " + String.join(", ", LOCKED) + " in share row exclusive mode");
		}
		for (CopyTable table : this.order) {
			this.ids.put(table, IdBlock.reserve(connection, table.table()));
		}
		try (PreparedStatement statement = connection.prepareStatement("select code, id from suggestion_category");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				this.categories.put(rs.getString(1), rs.getLong(2));
			}
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select county_id, year, last_value from suggestion_number_counter");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				String key = rs.getLong(1) + ":" + rs.getInt(2);
				this.counters.put(key, rs.getInt(3));
				this.countersAtStart.put(key, rs.getInt(3));
			}
		}
	}

	long id(CopyTable table) {
		return this.ids.get(table).next();
	}

	long category(String code) {
		Long id = this.categories.get(code);
		if (id == null) {
			throw new IllegalStateException("no suggestion category " + code);
		}
		return id;
	}

	int nextNumber(long countyId, int year) {
		return this.counters.merge(countyId + ":" + year, 1, Integer::sum);
	}

	/**
	 * Writes every buffer, moves the identities past the ids used and the counters on.
	 */
	public long finish(Connection connection) throws SQLException {
		long rows = 0;
		for (CopyTable table : this.order) {
			rows += table.copyTo(connection);
			this.ids.get(table).commit(connection);
		}
		try (PreparedStatement statement = connection.prepareStatement("""
				insert into suggestion_number_counter (county_id, year, last_value) values (?, ?, ?)
				on conflict (county_id, year) do update
				set last_value = greatest(suggestion_number_counter.last_value, excluded.last_value)""")) {
			int batch = 0;
			for (Map.Entry<String, Integer> counter : this.counters.entrySet()) {
				if (counter.getValue().equals(this.countersAtStart.get(counter.getKey()))) {
					continue;
				}
				String[] key = counter.getKey().split(":");
				statement.setLong(1, Long.parseLong(key[0]));
				statement.setInt(2, Integer.parseInt(key[1]));
				statement.setInt(3, counter.getValue());
				statement.addBatch();
				batch++;
			}
			if (batch > 0) {
				statement.executeBatch();
			}
		}
		this.countersAtStart.putAll(this.counters);
		return rows;
	}

	/** Rows waiting in the buffers. */
	public long buffered() {
		return this.order.stream().mapToLong(CopyTable::rows).sum();
	}

}
