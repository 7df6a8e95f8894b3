package org.deputyaction.account;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Accounts for tests, with unique names so that tests do not share data.
 */
public final class AccountFixtures {

	public static final String PASSWORD = "Fixture-Pass-2026";

	private AccountFixtures() {
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static UserAccount save(UserAccountRepository accounts, PasswordEncoder encoder, String username, Role role,
			Long countyId, Long venueId, Long unitId) {
		UserAccount account = new UserAccount(username, encoder.encode(PASSWORD), "Display " + username, role);
		account.setCountyId(countyId);
		account.setVenueId(venueId);
		account.setUnitId(unitId);
		return accounts.saveAndFlush(account);
	}

	/** Signs the account in through the form and answers its session cookie. */
	public static Cookie signIn(MockMvc mvc, UserAccount account) throws Exception {
		return mvc
			.perform(post("/login").param("username", account.getUsername()).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	public static UserAccount admin(UserAccountRepository accounts, PasswordEncoder encoder) {
		return save(accounts, encoder, uniqueName("admin"), Role.ADMIN, null, null, null);
	}

	public static UserAccount office(UserAccountRepository accounts, PasswordEncoder encoder) {
		return save(accounts, encoder, uniqueName("office"), Role.PREFECTURE_OFFICE, null, null, null);
	}

}
