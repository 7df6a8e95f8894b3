package org.deputyaction.evaluation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deputyaction.evaluation.VoterCounts;
import org.deputyaction.suggestion.Satisfaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The voters' ratings and the wrong codes, in SQL: a rating is inserted once per device
 * and evaluation (the unique constraint decides, also under concurrent requests), counts
 * are read per evaluation or per suggestion in one statement.
 */
@Component
public class OnSiteRatings {

	private final JdbcClient jdbc;

	OnSiteRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a rating unless the device rated this evaluation already; true when added. */
	public boolean add(EvaluationSession session, Satisfaction satisfaction, String deviceHash, String addressHash,
			Instant now) {
		return this.jdbc
			.sql("""
					insert into onsite_rating (evaluation_id, suggestion_id, satisfaction, device_hash, address_hash, rated_at)
					values (?, ?, ?, ?, ?, ?) on conflict (evaluation_id, device_hash) do nothing
					""")
			.params(session.getId(), session.getSuggestionId(), satisfaction.name(), deviceHash, addressHash,
					Timestamp.from(now))
			.update() == 1;
	}

	/** Ratings from one (hashed) client address in an evaluation. */
	public long fromAddress(Long evaluationId, String addressHash) {
		return this.jdbc.sql("select count(*) from onsite_rating where evaluation_id = ? and address_hash = ?")
			.params(evaluationId, addressHash)
			.query(Long.class)
			.single();
	}

	/** How the device rated the evaluation, or null. */
	public Satisfaction ratedBy(Long evaluationId, String deviceHash) {
		List<String> found = this.jdbc
			.sql("select satisfaction from onsite_rating where evaluation_id = ? and device_hash = ?")
			.params(evaluationId, deviceHash)
			.query(String.class)
			.list();
		return found.isEmpty() ? null : Satisfaction.valueOf(found.get(0));
	}

	/** The counts of each evaluation named. */
	public Map<Long, VoterCounts> perEvaluation(Collection<Long> evaluationIds) {
		Map<Long, VoterCounts> counts = new HashMap<>();
		if (evaluationIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select evaluation_id,
				       count(*) filter (where satisfaction = 'SATISFIED'),
				       count(*) filter (where satisfaction = 'BASICALLY_SATISFIED'),
				       count(*) filter (where satisfaction = 'UNSATISFIED')
				  from onsite_rating where evaluation_id in (:ids) group by evaluation_id
				""").param("ids", evaluationIds).query((rs) -> {
			counts.put(rs.getLong(1), new VoterCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
		});
		return counts;
	}

	/**
	 * Records a wrong code from a (hashed) address and forgets misses older than a day.
	 */
	public void recordMiss(String addressHash, Instant now) {
		this.jdbc.sql("insert into onsite_code_miss (address_hash, missed_at) values (?, ?)")
			.params(addressHash, Timestamp.from(now))
			.update();
		this.jdbc.sql("delete from onsite_code_miss where missed_at < ?")
			.params(Timestamp.from(now.minusSeconds(86_400)))
			.update();
	}

	/** Wrong codes from a (hashed) address since the given time. */
	public long missesSince(String addressHash, Instant since) {
		return this.jdbc.sql("select count(*) from onsite_code_miss where address_hash = ? and missed_at >= ?")
			.params(addressHash, Timestamp.from(since))
			.query(Long.class)
			.single();
	}

}
