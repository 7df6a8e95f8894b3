package org.deputyaction.account;

import org.deputyaction.account.PasswordPolicy.WeakPasswordException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTests {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	@Test
	void demoPasswordIsAccepted() {
		assertThat(this.policy.violations("staff-lichuan", "demo-Enshi-2026")).isEmpty();
	}

	@Test
	void nineCharactersAreTooShort() {
		assertThat(this.policy.violations("someone", "Abc-12345")).containsExactly("account.password.tooShort");
	}

	@Test
	void tenChineseCharactersAreLongEnough() {
		assertThat(this.policy.violations("someone", "恩施州人大代表之家好")).isEmpty();
	}

	@Test
	void moreThanSeventyTwoBytesAreTooLong() {
		assertThat(this.policy.violations("someone", "x".repeat(73))).containsExactly("account.password.tooLong");
	}

	@Test
	void commonPasswordIsRefusedWhateverItsCase() {
		assertThat(this.policy.violations("someone", "QwertyUIOP")).containsExactly("account.password.common");
		assertThat(this.policy.violations("someone", "1234567890")).containsExactly("account.password.common");
	}

	@Test
	void userNameAsPasswordIsRefused() {
		assertThat(this.policy.violations("staff-lichuan", "Staff-Lichuan"))
			.containsExactly("account.password.sameAsUsername");
	}

	@Test
	void missingPasswordIsTooShort() {
		assertThat(this.policy.violations("someone", null)).containsExactly("account.password.tooShort");
	}

	@Test
	void enforceNamesEveryBrokenRule() {
		assertThatExceptionOfType(WeakPasswordException.class)
			.isThrownBy(() -> this.policy.enforce("qwertyuiop", "qwertyuiop"))
			.satisfies((ex) -> assertThat(ex.violations()).containsExactlyInAnyOrder("account.password.common",
					"account.password.sameAsUsername"));
	}

}
