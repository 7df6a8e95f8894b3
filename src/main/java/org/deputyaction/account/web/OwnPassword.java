package org.deputyaction.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.PasswordPolicy;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.account.internal.AccountChangeLog;
import org.deputyaction.account.internal.AccountPasswords;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password: the current one must be right, the new one must meet
 * the policy and differ from the current; the user's other sessions end.
 */
@Service
class OwnPassword {

	private final UserAccountRepository accounts;

	private final AccountPasswords passwords;

	private final PasswordPolicy policy;

	OwnPassword(UserAccountRepository accounts, AccountPasswords passwords, PasswordPolicy policy) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
	}

	/**
	 * Changes the password; answers the (field, message key) pairs of what was wrong,
	 * empty when changed.
	 */
	@Transactional
	List<String[]> change(PasswordChangeForm form, String keepSessionId) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
		UserAccount account = this.accounts.findById(user.id())
			.orElseThrow(() -> new AccessDeniedException("no account"));
		List<String[]> problems = new ArrayList<>();
		if (!this.passwords.matches(account, form.getCurrentPassword())) {
			problems.add(new String[] { "currentPassword", "account.password.currentWrong" });
			return problems;
		}
		if (!Objects.equals(form.getNewPassword(), form.getNewPasswordRepeat())) {
			problems.add(new String[] { "newPasswordRepeat", "account.password.mismatch" });
		}
		if (Objects.equals(form.getNewPassword(), form.getCurrentPassword())) {
			problems.add(new String[] { "newPassword", "account.password.sameAsCurrent" });
		}
		this.policy.violations(account.getUsername(), form.getNewPassword())
			.forEach((code) -> problems.add(new String[] { "newPassword", code }));
		if (!problems.isEmpty()) {
			return problems;
		}
		this.passwords.set(account, form.getNewPassword(), user, AccountChangeLog.Action.PASSWORD_CHANGED,
				keepSessionId);
		this.accounts.saveAndFlush(account);
		return problems;
	}

}
