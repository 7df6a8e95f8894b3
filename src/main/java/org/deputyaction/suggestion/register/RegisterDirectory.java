package org.deputyaction.suggestion.register;

import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.LoopStatus;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a register refers to, looked up by the codes and names the file uses: one
 * statement per kind (counties, venues, deputies, units, categories, register numbers
 * already imported), whatever the number of rows.
 */
@Component
class RegisterDirectory {

	private final JdbcTemplate jdbc;

	RegisterDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record County(long id, String code, String name, String shortName) {

	}

	record Venue(long id, String code, String name, long countyId) {

	}

	record Deputy(long id, String code, String name, long countyId, long venueId, AdministrativeLevel level) {

	}

	record Unit(long id, String code, String name, AdministrativeLevel level, Long countyId) {

	}

	record Category(long id, String code, String name) {

	}

	/** A register line imported before: its county, number and the problem it became. */
	record Imported(long countyId, String number, long problemId, LoopStatus status, Instant importedAt) {

	}

	/** An earlier import of the same file. */
	record EarlierImport(long id, Instant importedAt, String fileName) {

	}

	/** Everything a file refers to. */
	record Snapshot(List<County> counties, List<Venue> venues, List<Deputy> deputies, List<Unit> units,
			List<Category> categories, List<Imported> imported) {

	}

	Snapshot load(Set<String> countyWords, Set<String> venueWords, Set<String> deputyWords, Set<String> unitWords,
			Set<String> numbers) {
		List<County> counties = this.jdbc.query("""
				select id, code, name, short_name from county
				 where active and (code = any(?) or name = any(?) or short_name = any(?)
				       or id in (select county_id from venue where code = any(?) or name = any(?)))
				""", (rs, i) -> new County(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				array(countyWords), array(countyWords), array(countyWords), array(venueWords), array(venueWords));
		List<Venue> venues = this.jdbc.query("""
				select id, code, name, county_id from venue
				 where active and (code = any(?) or name = any(?))
				""", (rs, i) -> new Venue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
				array(venueWords), array(venueWords));
		List<Deputy> deputies = this.jdbc.query(
				"""
						select id, code, name, county_id, venue_id, level from deputy
						 where active and (code = any(?) or name = any(?))
						""", (rs, i) -> new Deputy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5), AdministrativeLevel.valueOf(rs.getString(6))),
				array(deputyWords), array(deputyWords));
		List<Unit> units = this.jdbc.query("""
				select id, code, name, level, county_id from handling_unit
				 where active and (code = any(?) or name = any(?))
				""",
				(rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
						AdministrativeLevel.valueOf(rs.getString(4)), (Long) rs.getObject(5)),
				array(unitWords), array(unitWords));
		List<Category> categories = this.jdbc.query(
				"select id, code, name from suggestion_category where active order by parent_id nulls first, id",
				(rs, i) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3)));
		List<Imported> imported = this.jdbc.query("""
				select i.county_id, i.register_number, i.problem_id, coalesce(s.status, p.status), r.imported_at
				  from register_item i
				  join register_import r on r.id = i.import_id
				  join problem p on p.id = i.problem_id
				  left join suggestion s on s.id = i.suggestion_id
				 where i.register_number = any(?)
				""", (rs, i) -> new Imported(rs.getLong(1), rs.getString(2), rs.getLong(3),
				LoopStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()), array(numbers));
		return new Snapshot(counties, venues, deputies, units, categories, imported);
	}

	EarlierImport earlierImport(String sha256) {
		return this.jdbc.query("select id, imported_at, file_name from register_import where file_sha256 = ?",
				(rs, i) -> new EarlierImport(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), sha256)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private Array array(Collection<String> values) {
		return this.jdbc.execute((ConnectionCallback<Array>) (connection) -> connection.createArrayOf("varchar",
				values.toArray(String[]::new)));
	}

}
