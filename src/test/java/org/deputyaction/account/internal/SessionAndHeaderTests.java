package org.deputyaction.account.internal;

import jakarta.servlet.http.Cookie;
import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SessionAndHeaderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signInStoresTheSessionInTheDatabaseUnderANewIdWithTheIdleTimeout() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie before = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();

		MockHttpServletResponse response = this.mvc
			.perform(post("/login").cookie(before)
				.param("username", account.getUsername())
				.param("password", AccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getResponse();
		Cookie after = response.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(response.getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));

		var rows = this.jdbc.queryForList("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, account.getUsername());
		assertThat(rows).containsExactly(30 * 60);

		this.mvc.perform(get("/office").cookie(after)).andExpect(status().isOk());
	}

	@Test
	void sessionOlderThanTheAbsoluteLimitEndsEvenWhenBusy() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		this.mvc.perform(get("/office").cookie(session)).andExpect(status().isOk());

		long thirteenHoursAgo = System.currentTimeMillis() - 13L * 60 * 60 * 1000;
		// as every change of a stored session, with a new access time (its version)
		this.jdbc.update(
				"update spring_session set creation_time = ?, last_access_time = last_access_time + 1 where principal_name = ?",
				thirteenHoursAgo, account.getUsername());

		this.mvc.perform(get("/office").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, account.getUsername()))
			.isZero();
	}

	@Test
	void signedInPageAfterTheSessionEndedSaysExpired() throws Exception {
		this.mvc.perform(get("/office").cookie(new Cookie("SESSION", "bm8tc3VjaC1zZXNzaW9u")))
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void ownPasswordChangeNeedsTheCurrentOneAndMeetsThePolicy() throws Exception {
		UserAccount account = AccountFixtures.office(this.accounts, this.encoder);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "not-the-password")
				.param("newPassword", "Brand-New-Pass-2026")
				.param("newPasswordRepeat", "Brand-New-Pass-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", AccountFixtures.PASSWORD)
				.param("newPassword", "qwertyuiop")
				.param("newPasswordRepeat", "qwertyuiop"))
			.andExpect(content().string(containsString("常见密码")));
		MockHttpServletResponse changed = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", AccountFixtures.PASSWORD)
				.param("newPassword", "Brand-New-Pass-2026")
				.param("newPasswordRepeat", "Brand-New-Pass-2026"))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn()
			.getResponse();
		assertThat(this.encoder.matches("Brand-New-Pass-2026",
				this.accounts.findById(account.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
		Cookie current = (changed.getCookie("SESSION") != null) ? changed.getCookie("SESSION") : session;
		this.mvc.perform(get("/office").cookie(current)).andExpect(status().isOk());
	}

}
