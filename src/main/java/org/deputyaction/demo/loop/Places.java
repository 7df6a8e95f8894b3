package org.deputyaction.demo.loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deputyaction.organization.AdministrativeLevel;

/**
 * The part of one prefecture's organisation the demo items need, read in a few
 * statements: counties, venues with their deputies, handling units by department, and the
 * accounts that act for a county, a deputy or a unit.
 */
public final class Places {

	public record County(long id, String code, String name, String shortName, List<Venue> venues,
			Map<String, Unit> units) {
	}

	public record Venue(long id, String code, String name, long countyId, long townshipId, String townshipName,
			List<Deputy> deputies) {
	}

	public record Deputy(long id, String name) {
	}

	public record Unit(long id, String code, String name) {
	}

	/** Who acts: an account (when there is one) and the name and role shown. */
	public record Actor(Long userId, String name, String role) {
	}

	private final Map<Long, County> counties = new LinkedHashMap<>();

	private final Map<String, Venue> venuesByCode = new HashMap<>();

	private final Map<String, Unit> prefectureUnits = new HashMap<>();

	private final Map<Long, Unit> townshipGovernments = new HashMap<>();

	private final Map<Long, Unit> unitsById = new HashMap<>();

	private final Map<Long, Actor> staffAccounts = new HashMap<>();

	private final Map<Long, Long> deputyAccounts = new HashMap<>();

	private final Map<Long, Actor> unitAccounts = new HashMap<>();

	private Places() {
	}

	/**
	 * Reads the prefecture's active organisation. Its own departments are the
	 * prefecture-level units whose code starts with {@code prefectureUnitPrefix}.
	 */
	public static Places read(Connection connection, long prefectureId, String prefectureUnitPrefix)
			throws SQLException {
		Places places = new Places();
		Map<Long, List<Venue>> venues = new HashMap<>();
		Map<Long, Map<String, Unit>> units = new HashMap<>();
		query(connection,
				"select id, code, name, short_name from county where prefecture_id = ? and active order by id",
				(rs) -> {
					long id = rs.getLong(1);
					List<Venue> list = new ArrayList<>();
					Map<String, Unit> map = new HashMap<>();
					venues.put(id, list);
					units.put(id, map);
					places.counties.put(id,
							new County(id, rs.getString(2), rs.getString(3), rs.getString(4), list, map));
				}, prefectureId);
		Map<Long, List<Deputy>> deputies = new HashMap<>();
		query(connection, """
				select d.id, d.name, d.venue_id from deputy d join county c on c.id = d.county_id
				where c.prefecture_id = ? and d.active order by d.id""",
				(rs) -> deputies.computeIfAbsent(rs.getLong(3), (k) -> new ArrayList<>())
					.add(new Deputy(rs.getLong(1), rs.getString(2))),
				prefectureId);
		query(connection, """
				select v.id, v.code, v.name, v.county_id, v.township_id, t.name from venue v
				join township t on t.id = v.township_id join county c on c.id = v.county_id
				where c.prefecture_id = ? and v.active and c.active order by v.id""", (rs) -> {
			List<Deputy> here = deputies.getOrDefault(rs.getLong(1), List.of());
			if (here.isEmpty()) {
				return;
			}
			Venue venue = new Venue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6), here);
			venues.get(venue.countyId()).add(venue);
			places.venuesByCode.put(venue.code(), venue);
		}, prefectureId);
		query(connection, """
				select u.id, u.code, u.name, u.level, u.county_id, u.township_id from handling_unit u
				left join county c on c.id = u.county_id
				where u.active and (c.prefecture_id = ? or (u.level = 'PREFECTURE' and u.code like ?))
				order by u.id""", (rs) -> {
			Unit unit = new Unit(rs.getLong(1), rs.getString(2), rs.getString(3));
			places.unitsById.put(unit.id(), unit);
			String department = unit.code().substring(unit.code().lastIndexOf('-') + 1);
			AdministrativeLevel level = AdministrativeLevel.valueOf(rs.getString(4));
			long countyId = rs.getLong(5);
			boolean inCounty = !rs.wasNull();
			long townshipId = rs.getLong(6);
			boolean inTownship = !rs.wasNull();
			if (level == AdministrativeLevel.PREFECTURE && !inCounty) {
				places.prefectureUnits.putIfAbsent(department, unit);
			}
			else if (level == AdministrativeLevel.TOWNSHIP && inTownship) {
				places.townshipGovernments.putIfAbsent(townshipId, unit);
			}
			else if (level == AdministrativeLevel.COUNTY && inCounty && units.containsKey(countyId)) {
				units.get(countyId).putIfAbsent(department, unit);
			}
		}, prefectureId, prefectureUnitPrefix + "%");
		query(connection, """
				select a.id, a.role, a.display_name, a.county_id, a.deputy_id, a.unit_id from app_user a
				where a.enabled and a.role in ('COUNTY_STAFF', 'DEPUTY', 'HANDLING_UNIT') order by a.id""", (rs) -> {
			long id = rs.getLong(1);
			switch (rs.getString(2)) {
				case "COUNTY_STAFF" ->
					places.staffAccounts.putIfAbsent(rs.getLong(4), new Actor(id, rs.getString(3), "COUNTY_STAFF"));
				case "DEPUTY" -> {
					long deputyId = rs.getLong(5);
					if (!rs.wasNull()) {
						places.deputyAccounts.putIfAbsent(deputyId, id);
					}
				}
				default ->
					places.unitAccounts.putIfAbsent(rs.getLong(6), new Actor(id, rs.getString(3), "HANDLING_UNIT"));
			}
		});
		places.counties.values().removeIf((county) -> county.venues().isEmpty());
		return places;
	}

	public List<County> counties() {
		return List.copyOf(this.counties.values());
	}

	public County county(long id) {
		return this.counties.get(id);
	}

	public Venue venue(String code) {
		return this.venuesByCode.get(code);
	}

	public Unit unit(long id) {
		return this.unitsById.get(id);
	}

	public Unit unitByCode(String code) {
		return this.unitsById.values().stream().filter((u) -> u.code().equals(code)).findFirst().orElse(null);
	}

	/**
	 * The unit of a department at a level for a venue: the township's government for
	 * {@code ZF}, the county's department (or the prefecture's when the county has none),
	 * or the prefecture's department.
	 */
	public Unit unitFor(String department, AdministrativeLevel level, Venue venue) {
		if ("ZF".equals(department)) {
			Unit government = this.townshipGovernments.get(venue.townshipId());
			if (government != null) {
				return government;
			}
			department = "ZF";
		}
		Unit unit = null;
		if (level != AdministrativeLevel.PREFECTURE) {
			unit = this.counties.get(venue.countyId()).units().get(department);
		}
		if (unit == null) {
			unit = this.prefectureUnits.get(department);
		}
		if (unit == null) {
			unit = this.counties.get(venue.countyId()).units().values().stream().findFirst().orElse(null);
		}
		return unit;
	}

	/** Any other county department of the venue's county, for re-routing. */
	public Unit otherCountyUnit(Venue venue, long notUnitId, int pick) {
		List<Unit> candidates = this.counties.get(venue.countyId())
			.units()
			.values()
			.stream()
			.filter((u) -> u.id() != notUnitId)
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.toList();
		return candidates.isEmpty() ? null : candidates.get(Math.floorMod(pick, candidates.size()));
	}

	public Unit townshipGovernment(Venue venue) {
		return this.townshipGovernments.get(venue.townshipId());
	}

	public Actor staffAccount(long countyId) {
		return this.staffAccounts.get(countyId);
	}

	public Long deputyAccount(long deputyId) {
		return this.deputyAccounts.get(deputyId);
	}

	public Actor unitAccount(long unitId) {
		return this.unitAccounts.get(unitId);
	}

	private interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

	private static void query(Connection connection, String sql, RowHandler handler, Object... params)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					handler.handle(rs);
				}
			}
		}
	}

}
