package org.deputyaction.account.internal;

import org.deputyaction.account.PasswordPolicy;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator of a new install from {@code ADMIN_USERNAME} and
 * {@code ADMIN_PASSWORD}, once: only while no administrator exists. The password must
 * meet the policy; a weak one stops the start-up rather than leave an install open. Nodes
 * starting together take turns through a database lock.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	/** Arbitrary key of the advisory lock that serialises nodes starting together. */
	private static final long LOCK_KEY = 0x0de9_07ac_7100_0001L;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AccountChangeLog changes;

	private final JdbcTemplate jdbc;

	private final String username;

	private final String password;

	BootstrapAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			AccountChangeLog changes, JdbcTemplate jdbc,
			@Value("${deputyaction.bootstrap-admin.username:}") String username,
			@Value("${deputyaction.bootstrap-admin.password:}") String password) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.changes = changes;
		this.jdbc = jdbc;
		this.username = (username != null) ? username.strip() : "";
		this.password = (password != null) ? password : "";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		createIfNone();
	}

	/**
	 * Creates the administrator if configured and none exists; answers whether it did.
	 */
	@Transactional
	boolean createIfNone() {
		if (!StringUtils.hasText(this.username) && !StringUtils.hasText(this.password)) {
			return false;
		}
		if (!StringUtils.hasText(this.username) || !StringUtils.hasText(this.password)) {
			throw new IllegalStateException(
					"Set both ADMIN_USERNAME and ADMIN_PASSWORD to create the first " + "administrator, or neither");
		}
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK_KEY);
		if (this.accounts.existsByRole(Role.ADMIN)) {
			log.info("An administrator exists; ADMIN_USERNAME and ADMIN_PASSWORD are ignored and may be removed");
			return false;
		}
		var violations = this.policy.violations(this.username, this.password);
		if (!violations.isEmpty()) {
			throw new IllegalStateException(
					"ADMIN_PASSWORD does not meet the password policy (" + violations + "): at least "
							+ PasswordPolicy.MIN_LENGTH + " characters, not a common password, " + "not the user name");
		}
		if (this.accounts.findByUsernameIgnoreCase(this.username).isPresent()) {
			throw new IllegalStateException("ADMIN_USERNAME '" + this.username
					+ "' belongs to an existing account that is not an administrator; choose another name");
		}
		UserAccount admin = new UserAccount(this.username, this.encoder.encode(this.password), this.username,
				Role.ADMIN);
		this.accounts.saveAndFlush(admin);
		this.changes.record(admin.getId(), null, AccountChangeLog.Action.BOOTSTRAPPED, null);
		log.info("Created the first administrator '{}'", this.username);
		return true;
	}

}
