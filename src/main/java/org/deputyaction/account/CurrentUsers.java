package org.deputyaction.account;

/**
 * Makes the session's {@link CurrentUser} from an account.
 */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static CurrentUser of(UserAccount account) {
		return new CurrentUser(account);
	}

}
