package org.deputyaction.publication.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What awaits a deputy: replies to rate on the suggestions they lead, and suggestions
 * they were invited to co-sign; one statement.
 */
@Service
@Transactional(readOnly = true)
public class DeputyTasks {

	private final NamedParameterJdbcTemplate jdbc;

	DeputyTasks(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Task> of(Long deputyId) {
		if (deputyId == null) {
			return List.of();
		}
		return this.jdbc.query("""
				select 'RATE' as kind, s.id, s.number, s.title, s.replied_on as since
				from suggestion s where s.lead_deputy_id = :deputy and s.status = 'FED_BACK'
				union all
				select 'CO_SIGN' as kind, s.id, s.number, s.title, cast(cs.invited_at as date) as since
				from suggestion_co_signer cs join suggestion s on s.id = cs.suggestion_id
				where cs.deputy_id = :deputy and cs.confirmed_at is null and s.status = 'PROPOSED'
				order by since, number
				limit 200
				""", new MapSqlParameterSource("deputy", deputyId),
				(rs, n) -> new Task(rs.getString("kind"), rs.getLong("id"), rs.getString("number"),
						rs.getString("title"), rs.getDate("since") != null ? rs.getDate("since").toLocalDate() : null));
	}

	/**
	 * One thing to do: {@code RATE} a reply or {@code CO_SIGN} a suggestion.
	 */
	public record Task(String kind, Long suggestionId, String number, String title, LocalDate since) {

		public String messageKey() {
			return "publication.task." + this.kind;
		}

		/**
		 * Where the deputy acts on it: the suggestion's page in the deputy's workspace.
		 */
		public String path() {
			return "/my-station/suggestions/" + this.suggestionId;
		}

	}

}
