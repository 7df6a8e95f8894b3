package org.deputyaction.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * What a password must be: at least ten characters, no longer than the hash function
 * reads, not one of the commonly used passwords and not the user name. Applied wherever a
 * password is set: by an administrator, by the user, and for the first administrator.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** BCrypt reads only the first 72 bytes; a longer password would be silently cut. */
	public static final int MAX_BYTES = 72;

	static final String COMMON_PASSWORDS = "account/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/**
	 * The policy with the list of common passwords shipped with the application.
	 */
	public static PasswordPolicy standard() {
		return new PasswordPolicy(readList(COMMON_PASSWORDS));
	}

	/**
	 * The message keys of every rule the password breaks; empty when it is acceptable.
	 */
	public List<String> violations(String username, String password) {
		List<String> violations = new ArrayList<>();
		String candidate = (password != null) ? password : "";
		if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
			violations.add("account.password.tooShort");
		}
		if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			violations.add("account.password.tooLong");
		}
		if (this.common.contains(candidate.strip().toLowerCase(Locale.ROOT))) {
			violations.add("account.password.common");
		}
		if (username != null && !username.isBlank() && candidate.strip().equalsIgnoreCase(username.strip())) {
			violations.add("account.password.sameAsUsername");
		}
		return violations;
	}

	public boolean accepts(String username, String password) {
		return violations(username, password).isEmpty();
	}

	/**
	 * Throws {@link WeakPasswordException} naming the broken rules, if any.
	 */
	public void enforce(String username, String password) {
		List<String> violations = violations(username, password);
		if (!violations.isEmpty()) {
			throw new WeakPasswordException(violations);
		}
	}

	private static Set<String> readList(String location) {
		InputStream stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(location);
		Assert.state(stream != null, () -> "missing " + location);
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					passwords.add(entry.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return passwords;
	}

	/**
	 * A password that breaks the policy, with the message keys of the rules it breaks.
	 */
	public static final class WeakPasswordException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final List<String> violations;

		public WeakPasswordException(List<String> violations) {
			super("password breaks the policy: " + violations);
			this.violations = List.copyOf(violations);
		}

		public List<String> violations() {
			return this.violations;
		}

	}

}
