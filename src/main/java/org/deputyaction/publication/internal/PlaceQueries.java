package org.deputyaction.publication.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.VenueKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places the public pages are about, found by their codes (never by database ids),
 * each in one statement; inactive places are not found.
 */
@Service
@Transactional(readOnly = true)
public class PlaceQueries {

	private final NamedParameterJdbcTemplate jdbc;

	PlaceQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<VenueHeader> venue(String code, VenueKind kind) {
		return this.jdbc.query("""
				select v.id, v.code, v.kind, v.name, v.address, c.id as county_id, c.code as county_code,
				       c.name as county_name, t.name as township_name
				from venue v join county c on c.id = v.county_id join township t on t.id = v.township_id
				where v.code = :code and v.kind = :kind and v.active
				""", new MapSqlParameterSource("code", code).addValue("kind", kind.name()), (rs, n) -> venue(rs))
			.stream()
			.findFirst();
	}

	public Optional<VenueHeader> venue(Long id) {
		return this.jdbc.query("""
				select v.id, v.code, v.kind, v.name, v.address, c.id as county_id, c.code as county_code,
				       c.name as county_name, t.name as township_name
				from venue v join county c on c.id = v.county_id join township t on t.id = v.township_id
				where v.id = :id
				""", new MapSqlParameterSource("id", id), (rs, n) -> venue(rs)).stream().findFirst();
	}

	public Optional<CountyHeader> county(String code) {
		return this.jdbc
			.query("select id, code, name, prefecture_id from county where code = :code and active",
					new MapSqlParameterSource("code", code),
					(rs, n) -> new CountyHeader(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
							rs.getLong("prefecture_id")))
			.stream()
			.findFirst();
	}

	/** The deputies registered at a venue: names and levels only, which are public. */
	public List<DeputyName> deputies(Long venueId) {
		return this.jdbc.query("select name, level from deputy where venue_id = :venue and active order by id",
				new MapSqlParameterSource("venue", venueId),
				(rs, n) -> new DeputyName(rs.getString("name"), AdministrativeLevel.valueOf(rs.getString("level"))));
	}

	private static VenueHeader venue(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new VenueHeader(rs.getLong("id"), rs.getString("code"), VenueKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("address"), rs.getLong("county_id"), rs.getString("county_code"),
				rs.getString("county_name"), rs.getString("township_name"));
	}

	/** A deputy as the public sees them. */
	public record DeputyName(String name, AdministrativeLevel level) {

	}

}
