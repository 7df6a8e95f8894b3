package org.deputyaction.online.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed timestamp in the online form: when the form was shown, for which station and
 * request, signed with the database's secret (so that any node accepts what another
 * served). A form sent back sooner than a person can fill it in, or after a day, or with
 * a signature that does not match, is refused.
 */
@Component
public class FormTokens {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final OnlineSettings settings;

	private volatile byte[] secret;

	FormTokens(JdbcTemplate jdbc, Clock clock, OnlineSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** A token for a form shown now. */
	public String issue(UUID requestToken, String venueCode) {
		return issue(requestToken, venueCode, this.clock.instant());
	}

	/** A token for a form shown at the given time. */
	public String issue(UUID requestToken, String venueCode, Instant shownAt) {
		long seconds = shownAt.getEpochSecond();
		return seconds + "." + sign(seconds, requestToken, venueCode);
	}

	/** What a token sent back with a form says. */
	public Check check(String token, UUID requestToken, String venueCode) {
		if (token == null || requestToken == null || venueCode == null || token.length() > 200) {
			return Check.INVALID;
		}
		int dot = token.indexOf('.');
		long seconds;
		try {
			seconds = Long.parseLong(token.substring(0, Math.max(dot, 0)));
		}
		catch (NumberFormatException ex) {
			return Check.INVALID;
		}
		byte[] expected = sign(seconds, requestToken, venueCode).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Check.INVALID;
		}
		Duration open = Duration.between(Instant.ofEpochSecond(seconds), this.clock.instant());
		if (open.compareTo(this.settings.minFillTime()) < 0) {
			return Check.TOO_FAST;
		}
		return (open.compareTo(OnlineSettings.MAX_FORM_AGE) > 0) ? Check.EXPIRED : Check.VALID;
	}

	private String sign(long seconds, UUID requestToken, String venueCode) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] signature = mac
				.doFinal((seconds + "|" + requestToken + "|" + venueCode).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] secret() {
		byte[] current = this.secret;
		if (current == null) {
			String value = this.jdbc.queryForObject("select secret from online_form_secret where id = 1", String.class);
			current = value.getBytes(StandardCharsets.US_ASCII);
			this.secret = current;
		}
		return current;
	}

	/**
	 * What a form's token says: good, sent back too soon, too old, or not ours.
	 */
	public enum Check {

		VALID, TOO_FAST, EXPIRED, INVALID

	}

}
