package org.deputyaction.account.internal;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.PasswordPolicy;
import org.deputyaction.account.UserAccount;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sets passwords: checks the policy, stores only the hash, records the change and ends
 * the account's other sessions.
 */
@Component
public class AccountPasswords {

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AccountChangeLog changes;

	private final AccountSessions sessions;

	AccountPasswords(PasswordPolicy policy, PasswordEncoder encoder, AccountChangeLog changes,
			AccountSessions sessions) {
		this.policy = policy;
		this.encoder = encoder;
		this.changes = changes;
		this.sessions = sessions;
	}

	/**
	 * Sets a new password, throwing {@link PasswordPolicy.WeakPasswordException} if it is
	 * weak. The caller's transaction saves the account.
	 */
	public void set(UserAccount account, String password, CurrentUser actor, AccountChangeLog.Action action,
			String keepSessionId) {
		this.policy.enforce(account.getUsername(), password);
		account.setPasswordHash(this.encoder.encode(password));
		this.changes.record(account.getId(), actor, action, null);
		this.sessions.end(account.getUsername(), keepSessionId);
	}

	/**
	 * The hash of a new account's password, throwing
	 * {@link PasswordPolicy.WeakPasswordException} if it is weak.
	 */
	public String hash(String username, String password) {
		this.policy.enforce(username, password);
		return this.encoder.encode(password);
	}

	public boolean matches(UserAccount account, String password) {
		return password != null && this.encoder.matches(password, account.getPasswordHash());
	}

}
