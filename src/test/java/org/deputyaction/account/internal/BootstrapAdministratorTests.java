package org.deputyaction.account.internal;

import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.PasswordPolicy;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
@Transactional
class BootstrapAdministratorTests {

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	AccountChangeLog changes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsTheFirstAdministratorOnceWhenNoneExists() {
		withoutAdministrators();
		String username = AccountFixtures.uniqueName("root");
		BootstrapAdministrator bootstrap = bootstrap(username, "First-Admin-Enshi-2026");

		assertThat(bootstrap.createIfNone()).isTrue();
		assertThat(bootstrap.createIfNone()).isFalse();

		var admin = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.encoder.matches("First-Admin-Enshi-2026", admin.getPasswordHash())).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select action from account_change where account_id = ?", String.class,
				admin.getId()))
			.isEqualTo("BOOTSTRAPPED");
	}

	@Test
	void createsNothingWhenAnAdministratorExists() {
		AccountFixtures.admin(this.accounts, this.encoder);
		String username = AccountFixtures.uniqueName("root");
		assertThat(bootstrap(username, "First-Admin-Enshi-2026").createIfNone()).isFalse();
		assertThat(this.accounts.findByUsernameIgnoreCase(username)).isEmpty();
	}

	@Test
	void weakPasswordStopsTheStartUp() {
		withoutAdministrators();
		assertThatIllegalStateException().isThrownBy(() -> bootstrap("root", "password123").createIfNone())
			.withMessageContaining("password policy")
			.withMessageNotContaining("password123");
	}

	@Test
	void nothingHappensWhenNotConfigured() {
		withoutAdministrators();
		assertThat(bootstrap("", "").createIfNone()).isFalse();
	}

	@Test
	void userNameWithoutPasswordIsAConfigurationError() {
		assertThatIllegalStateException().isThrownBy(() -> bootstrap("root", "").createIfNone());
	}

	private void withoutAdministrators() {
		this.jdbc.update("update app_user set role = 'PREFECTURE_OFFICE' where role = 'ADMIN'");
	}

	private BootstrapAdministrator bootstrap(String username, String password) {
		return new BootstrapAdministrator(this.accounts, this.encoder, this.policy, this.changes, this.jdbc, username,
				password);
	}

}
