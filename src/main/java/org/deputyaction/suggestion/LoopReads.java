package org.deputyaction.suggestion;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names that read models show beside ids (venues, counties, deputies, units,
 * categories), each kind fetched in one statement.
 */
@Component
class LoopReads {

	private final NamedParameterJdbcTemplate jdbc;

	LoopReads(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	ProblemView problemView(Problem problem, List<AttachmentView> attachments, boolean showContact, boolean mayTriage,
			boolean staff) {
		Map<String, Object> row = this.jdbc.queryForMap("""
				select c.name as county_name, v.name as venue_name, m.tracking_number as merged_into,
				       s.number as suggestion_number, s.status as suggestion_status
				from problem p
				join county c on c.id = p.county_id
				join venue v on v.id = p.venue_id
				left join problem m on m.id = p.merged_into_id
				left join suggestion s on s.id = p.suggestion_id
				where p.id = :id
				""", new MapSqlParameterSource("id", problem.getId()));
		String suggestionStatus = (String) row.get("suggestion_status");
		return new ProblemView(problem.getId(), problem.getVersion(), problem.getTrackingNumber(),
				problem.getCountyId(), (String) row.get("county_name"), problem.getVenueId(),
				(String) row.get("venue_name"), problem.getTitle(), problem.getDescription(), problem.getSource(),
				problem.getFoundOn(), showContact ? problem.getContactName() : null,
				showContact ? problem.getContactPhone() : null, problem.getStatus(), problem.getOutcomeReason(),
				problem.getMergedIntoId(), (String) row.get("merged_into"), problem.getSuggestionId(),
				(String) row.get("suggestion_number"),
				(suggestionStatus != null) ? LoopStatus.valueOf(suggestionStatus) : null, problem.getRecordedAt(),
				attachments, mayTriage, problem.isSpam(), problem.getSpamMarkedAt(),
				staff && problem.getSource() == ProblemSource.ONLINE
						&& (problem.isSpam() || problem.getStatus() == LoopStatus.FOUND));
	}

	/** Names of the given rows of a table with {@code id} and {@code name} columns. */
	Map<Long, String> names(String table, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return names;
		}
		String sql = switch (table) {
			case "deputy" -> "select id, name from deputy where id in (:ids)";
			case "handling_unit" -> "select id, name from handling_unit where id in (:ids)";
			case "venue" -> "select id, name from venue where id in (:ids)";
			case "county" -> "select id, name from county where id in (:ids)";
			case "suggestion_category" -> "select id, name from suggestion_category where id in (:ids)";
			default -> throw new IllegalArgumentException(table);
		};
		this.jdbc.query(sql, new MapSqlParameterSource("ids", wanted),
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> names.put(rs.getLong("id"),
						rs.getString("name")));
		return names;
	}

}
