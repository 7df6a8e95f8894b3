package org.deputyaction.suggestion;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices the loop's staff forms offer, within the user's scope: venues to record a
 * problem at, a venue's deputies to lead or co-sign, units to assign to. One statement
 * each. Choosing is a convenience: the services check every id again.
 */
@Service
@Transactional(readOnly = true)
public class LoopChoices {

	private final NamedParameterJdbcTemplate jdbc;

	LoopChoices(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active homes and stations of the user's county (every county for the prefecture
	 * office), by county, township and code.
	 */
	public List<Choice> venues(CurrentUser user) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = scopeCondition(user, "v.county_id", params);
		if (where == null) {
			return List.of();
		}
		return this.jdbc.query("""
				select v.id, v.code, v.name, c.name as group_name from venue v join county c on c.id = v.county_id
				where v.active and """ + " " + where + " order by c.id, v.township_id, v.code", params,
				(rs, n) -> new Choice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("group_name")));
	}

	/** The venue with this code, if it is active and within the user's scope. */
	public Optional<Choice> venue(String code, CurrentUser user) {
		return byCode(code, user, "v.county_id", (where) -> """
				select v.id, v.code, v.name, c.name as group_name from venue v join county c on c.id = v.county_id
				where v.active and upper(v.code) = :code and """ + " " + where);
	}

	/** The active deputies registered at the venue, by code. */
	public List<Choice> deputiesAt(Long venueId) {
		return this.jdbc.query("""
				select d.id, d.code, d.name, v.name as group_name from deputy d join venue v on v.id = d.venue_id
				where d.active and d.venue_id = :venueId order by d.code
				""", new MapSqlParameterSource("venueId", venueId), (rs, n) -> new Choice(rs.getLong("id"),
				rs.getString("code"), rs.getString("name"), rs.getString("group_name")));
	}

	/**
	 * The active units staff may assign an item of the county to: the county's own units
	 * and the prefecture's departments (for the prefecture office, every unit of the
	 * county and the prefecture). Grouped by the county's name or the level.
	 */
	public List<Choice> assignableUnits(Long countyId) {
		return this.jdbc.query("""
				select u.id, u.code, u.name, coalesce(c.name, '') as group_name
				from handling_unit u left join county c on c.id = u.county_id
				where u.active and (u.county_id = :countyId or u.level = 'PREFECTURE')
				order by case when u.county_id = :countyId then 0 else 1 end, u.code
				""", new MapSqlParameterSource("countyId", countyId), (rs, n) -> new Choice(rs.getLong("id"),
				rs.getString("code"), rs.getString("name"), rs.getString("group_name")));
	}

	/**
	 * Units to filter a work queue by: those of the user's county and the prefecture's
	 * (every unit for the prefecture office).
	 */
	public List<Choice> filterUnits(CurrentUser user) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = scopeCondition(user, "u.county_id", params);
		if (where == null) {
			return List.of();
		}
		return this.jdbc.query("""
				select u.id, u.code, u.name, coalesce(c.name, '') as group_name
				from handling_unit u left join county c on c.id = u.county_id
				where u.active and (u.level = 'PREFECTURE' or """ + " " + where + ") order by c.id nulls first, u.code",
				params, (rs, n) -> new Choice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("group_name")));
	}

	/**
	 * The choices of a work queue's filter ({@code venues} or {@code units}), for the
	 * office and county staff only.
	 */
	public List<Choice> filterChoices(String list, CurrentUser user) {
		if (!user.is(Role.PREFECTURE_OFFICE) && !user.is(Role.COUNTY_STAFF)) {
			throw new AccessDeniedException("the work queue's filters are for the office and county staff");
		}
		return "venues".equals(list) ? venues(user) : filterUnits(user);
	}

	/** The unit with this code, if it is among the user's {@link #filterUnits}. */
	public Optional<Choice> filterUnit(String code, CurrentUser user) {
		return byCode(code, user, "u.county_id", (where) -> """
				select u.id, u.code, u.name, coalesce(c.name, '') as group_name
				from handling_unit u left join county c on c.id = u.county_id
				where u.active and upper(u.code) = :code and (u.level = 'PREFECTURE' or""" + " " + where + ")");
	}

	/**
	 * The one choice the statement finds by {@code :code} within the user's scope, given
	 * the scope's condition on the column.
	 */
	private Optional<Choice> byCode(String code, CurrentUser user, String scopeColumn,
			UnaryOperator<String> statement) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("code", code.strip().toUpperCase());
		String where = scopeCondition(user, scopeColumn, params);
		if (where == null) {
			return Optional.empty();
		}
		return this.jdbc
			.query(statement.apply(where), params,
					(rs, n) -> new Choice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
							rs.getString("group_name")))
			.stream()
			.findFirst();
	}

	/**
	 * The id of the problem with this tracking number, if it is within the user's scope.
	 */
	public Optional<Long> problemId(String trackingNumber, CurrentUser user) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			return Optional.empty();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("number", trackingNumber.strip().toUpperCase());
		String where = scopeCondition(user, "p.county_id", params);
		if (where == null) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("select p.id from problem p where p.tracking_number = :number and " + where, params,
					Long.class)
			.stream()
			.findFirst();
	}

	private static String scopeCondition(CurrentUser user, String column, MapSqlParameterSource params) {
		if (user.is(Role.PREFECTURE_OFFICE)) {
			return "true";
		}
		if (user.is(Role.COUNTY_STAFF) && user.countyId() != null) {
			params.addValue("scopeCounty", user.countyId());
			return column + " = :scopeCounty";
		}
		return null;
	}

	/**
	 * One choice of a select: its id, code, name and the group it is shown under.
	 */
	public record Choice(Long id, String code, String name, String group) {

		public String label() {
			return this.name + " (" + this.code + ")";
		}

	}

}
