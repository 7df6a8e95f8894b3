package org.deputyaction.account.internal;

import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class SignInThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiveWrongPasswordsThrottleThatAccountButNotAnotherFromAnotherAddress() throws Exception {
		UserAccount a = AccountFixtures.office(this.accounts, this.encoder);
		UserAccount b = AccountFixtures.office(this.accounts, this.encoder);
		String attacker = "10.20.0.1";
		for (int attempt = 1; attempt < SignInThrottle.ACCOUNT_ADDRESS_LIMIT; attempt++) {
			signIn(a.getUsername(), "wrong-password-" + attempt, attacker).andExpect(redirectedUrl("/login?error"));
		}
		signIn(a.getUsername(), "wrong-password-5", attacker).andExpect(redirectedUrl("/login?throttled"));

		signIn(a.getUsername(), AccountFixtures.PASSWORD, attacker).andExpect(redirectedUrl("/login?throttled"));
		signIn(b.getUsername(), AccountFixtures.PASSWORD, "10.20.0.2").andExpect(redirectedUrl("/home"));
		signIn(a.getUsername(), AccountFixtures.PASSWORD, "10.20.0.3").andExpect(redirectedUrl("/home"));
	}

	@Test
	void throttledSignInPageSaysTooManyAttemptsNotWrongPassword() throws Exception {
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(containsString("登录失败次数过多")))
			.andExpect(content().string(not(containsString("用户名或密码不正确"))));
	}

	@Test
	void anAddressTryingManyAccountsIsThrottledForEveryAccount() throws Exception {
		UserAccount victim = AccountFixtures.office(this.accounts, this.encoder);
		String sprayer = "10.20.1.1";
		for (int attempt = 0; attempt < SignInThrottle.ADDRESS_LIMIT; attempt++) {
			signIn(AccountFixtures.uniqueName("nobody"), "Spring-2026-guess", sprayer);
		}
		signIn(victim.getUsername(), AccountFixtures.PASSWORD, sprayer).andExpect(redirectedUrl("/login?throttled"));
		signIn(victim.getUsername(), AccountFixtures.PASSWORD, "10.20.1.2").andExpect(redirectedUrl("/home"));
	}

	@Test
	void aCorrectPasswordForgivesEarlierFailures() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		String address = "10.20.2.1";
		for (int attempt = 1; attempt < SignInThrottle.ACCOUNT_ADDRESS_LIMIT; attempt++) {
			signIn(account.getUsername(), "wrong-password", address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(account.getUsername(), AccountFixtures.PASSWORD, address).andExpect(redirectedUrl("/home"));
		signIn(account.getUsername(), "wrong-password", address).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void everyAttemptIsRecordedWithAddressAndBrowser() throws Exception {
		UserAccount account = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("audit"),
				Role.PREFECTURE_OFFICE, null, null, null);
		signIn(account.getUsername(), "wrong-password", "10.20.3.1");
		signIn(account.getUsername(), AccountFixtures.PASSWORD, "10.20.3.1");
		var rows = this.jdbc.queryForList(
				"select outcome, client_address, user_agent, user_id from sign_in_event where username = ? order by id",
				account.getUsername());
		assertThat(rows).extracting((row) -> row.get("outcome")).containsExactly("FAILURE", "SUCCESS");
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("client_address")).isEqualTo("10.20.3.1");
			assertThat(row.get("user_agent")).isEqualTo("TestBrowser/1.0");
			assertThat(((Number) row.get("user_id")).longValue()).isEqualTo(account.getId());
		});
	}

	@Test
	void disabledAccountIsRefusedLikeAWrongPassword() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		account.setEnabled(false);
		this.accounts.saveAndFlush(account);
		signIn(account.getUsername(), AccountFixtures.PASSWORD, "10.20.4.1").andExpect(redirectedUrl("/login?error"));
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.header("User-Agent", "TestBrowser/1.0")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

}
