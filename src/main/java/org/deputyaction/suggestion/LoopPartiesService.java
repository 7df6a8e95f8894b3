package org.deputyaction.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads who an item concerns, for notifications and the deadline watch: one item by id,
 * or every open item due by a day, each in two statements whatever the number of items.
 * No scope check: callers are the system, not a signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class LoopPartiesService {

	private static final String SELECT = """
			select s.id, s.number, s.title, s.county_id, s.venue_id, s.lead_deputy_id, s.lead_unit_id, s.status,
			       s.due_on, s.supervision_level, s.supervision_level_changed_at, s.supervision_level_changed_by
			from suggestion s
			""";

	private final JdbcTemplate jdbc;

	LoopPartiesService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<LoopParties> of(Long suggestionId) {
		List<Row> rows = this.jdbc.query(SELECT + " where s.id = ?", LoopPartiesService::row, suggestionId);
		return withUnits(rows).stream().findFirst();
	}

	/**
	 * Every item with its units (assigned or under supervision) due on or before the day,
	 * in due-date order.
	 */
	public List<LoopParties> openDueBy(LocalDate limit) {
		List<Row> rows = this.jdbc.query(
				SELECT + " where s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on <= ? order by s.due_on, s.id",
				LoopPartiesService::row, limit);
		return withUnits(rows);
	}

	private List<LoopParties> withUnits(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> units = new HashMap<>();
		Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
		this.jdbc.query("""
				select suggestion_id, unit_id from unit_assignment
				where suggestion_id = any (?) and status in ('PENDING', 'SIGNED_FOR', 'OBJECTED')
				order by suggestion_id, case role when 'LEAD' then 0 else 1 end, id
				""", (ResultSet rs) -> {
			units.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
		}, (Object) ids);
		return rows.stream()
			.map((r) -> new LoopParties(r.id(), r.number(), r.title(), r.countyId(), r.venueId(), r.leadDeputyId(),
					r.leadUnitId(), units.getOrDefault(r.id(), List.of()), r.status(), r.dueOn(), r.level(),
					(r.levelChangedAt() != null) ? r.levelChangedAt().toInstant() : null, r.levelChangedBy()))
			.toList();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		java.sql.Date due = rs.getDate("due_on");
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getLong("county_id"),
				rs.getLong("venue_id"), (Long) rs.getObject("lead_deputy_id", Long.class),
				rs.getObject("lead_unit_id", Long.class), LoopStatus.valueOf(rs.getString("status")),
				(due != null) ? due.toLocalDate() : null, SupervisionLevel.valueOf(rs.getString("supervision_level")),
				rs.getTimestamp("supervision_level_changed_at"),
				rs.getObject("supervision_level_changed_by", Long.class));
	}

	private record Row(Long id, String number, String title, Long countyId, Long venueId, Long leadDeputyId,
			Long leadUnitId, LoopStatus status, LocalDate dueOn, SupervisionLevel level, Timestamp levelChangedAt,
			Long levelChangedBy) {

	}

}
