package org.deputyaction.evaluation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Codes voters type or scan, device tokens and the hashes stored in their place. A code
 * is seven characters from an alphabet without look-alikes (no I, L, O, 0, 1): 31^7,
 * about 2.7 × 10^10 codes, for an evaluation that lasts half an hour behind a throttle on
 * wrong codes. A device token is 256 random bits; only its SHA-256 is stored.
 */
public final class EvaluationCodes {

	/** The characters of a code. */
	public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	/** The length of a code. */
	public static final int LENGTH = 7;

	private static final SecureRandom RANDOM = new SecureRandom();

	private EvaluationCodes() {
	}

	public static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A code as typed (any case, spaces or dashes between groups) in its stored form, or
	 * null when it cannot be a code.
	 */
	public static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			return null;
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return null;
			}
		}
		return code;
	}

	/** A new device token: 256 random bits, URL-safe. */
	public static String newDeviceToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a cookie's value looks like a device token this application gave out. */
	public static boolean isDeviceToken(String value) {
		return value != null && value.matches("[A-Za-z0-9_-]{43}");
	}

	/**
	 * The SHA-256 of a value, in hex: what is stored instead of a token or an address.
	 */
	public static String hash(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
