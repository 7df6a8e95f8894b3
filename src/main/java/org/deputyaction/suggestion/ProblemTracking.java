package org.deputyaction.suggestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.deputyaction.system.TimeConfiguration;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voter's side of a problem raised online: the private key that goes with its
 * tracking number (only a hash of it is kept), and the progress the key opens, read in
 * one statement. A wrong key, an unknown number and a problem without a key look the
 * same.
 */
@Service
@Transactional(readOnly = true)
public class ProblemTracking {

	/** Characters of a key: no 0/O or 1/I to mistake. */
	private static final char[] KEY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	/** 20 characters of 32: 100 random bits. */
	private static final int KEY_LENGTH = 20;

	/** An empty hash to compare with when there is none, so every miss costs the same. */
	private static final String NO_HASH = "0".repeat(64);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final NamedParameterJdbcTemplate jdbc;

	ProblemTracking(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The problem's progress if the key is the one it was given; empty otherwise.
	 */
	public Optional<ProblemProgress> progress(String trackingNumber, String key) {
		String number = normalizeTrackingNumber(trackingNumber);
		String normalizedKey = normalizeKey(key);
		if (number == null || normalizedKey == null) {
			return Optional.empty();
		}
		List<Row> rows = this.jdbc.query("""
				select p.tracking_number, p.title, v.name as venue_name, c.name as county_name, p.found_on,
				       p.status, (p.settled_at at time zone :zone)::date as settled_on, p.outcome_reason,
				       p.tracking_key_hash, s.number, s.status as suggestion_status, s.public_visible,
				       s.proposed_on, s.assigned_on, u.name as unit_name, s.due_on, s.replied_on, s.result_class,
				       r.measures, s.closed_on
				from problem p
				join venue v on v.id = p.venue_id
				join county c on c.id = p.county_id
				left join suggestion s on s.id = p.suggestion_id
				left join handling_unit u on u.id = s.lead_unit_id
				left join lateral (select r.measures from reply r where r.suggestion_id = s.id
				                   order by r.replied_on desc, r.id desc limit 1) r on true
				where p.tracking_number = :number and p.source = 'ONLINE'
				""", new MapSqlParameterSource("number", number).addValue("zone", TimeConfiguration.ZONE.getId()),
				(rs, n) -> row(rs));
		Row row = rows.isEmpty() ? null : rows.get(0);
		String expected = (row != null && row.keyHash() != null) ? row.keyHash() : NO_HASH;
		boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				hash(normalizedKey).getBytes(StandardCharsets.US_ASCII));
		return (row != null && row.keyHash() != null && matches) ? Optional.of(row.progress()) : Optional.empty();
	}

	/** A new private key, in groups of four for reading aloud. */
	static String newKey() {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < KEY_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				key.append('-');
			}
			key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
		}
		return key.toString();
	}

	/** The hash kept of a key (hex SHA-256 of its normalised form). */
	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(normalizeKey(key).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A key as typed, without spaces or dashes, in capitals; null if it cannot be one.
	 */
	static String normalizeKey(String key) {
		if (key == null) {
			return null;
		}
		String plain = key.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return (plain.length() == KEY_LENGTH && plain.chars().allMatch((c) -> c < 128 && Character.isLetterOrDigit(c)))
				? plain : null;
	}

	/** A tracking number as typed, in capitals; null if it cannot be one. */
	public static String normalizeTrackingNumber(String number) {
		if (number == null) {
			return null;
		}
		String plain = number.strip().toUpperCase(Locale.ROOT);
		return plain.matches("[0-9A-Z]{4}-[0-9A-Z]{4}") ? plain : null;
	}

	private static Row row(ResultSet rs) throws SQLException {
		String suggestionStatus = rs.getString("suggestion_status");
		String resultClass = rs.getString("result_class");
		boolean published = rs.getBoolean("public_visible");
		ProblemProgress progress = new ProblemProgress(rs.getString("tracking_number"), rs.getString("title"),
				rs.getString("venue_name"), rs.getString("county_name"), date(rs, "found_on"),
				LoopStatus.valueOf(rs.getString("status")), date(rs, "settled_on"), rs.getString("outcome_reason"),
				rs.getString("number"), (suggestionStatus != null) ? LoopStatus.valueOf(suggestionStatus) : null,
				date(rs, "proposed_on"), date(rs, "assigned_on"), rs.getString("unit_name"), date(rs, "due_on"),
				date(rs, "replied_on"), (published && resultClass != null) ? ResultClass.valueOf(resultClass) : null,
				published ? rs.getString("measures") : null, date(rs, "closed_on"));
		return new Row(rs.getString("tracking_key_hash"), progress);
	}

	private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private record Row(String keyHash, ProblemProgress progress) {

	}

}
