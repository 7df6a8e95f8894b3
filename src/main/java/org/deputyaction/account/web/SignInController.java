package org.deputyaction.account.web;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, and the landing page that fits each role.
 */
@Controller
class SignInController {

	private static final String VIEW_SIGN_IN = "account/sign-in";

	@GetMapping("/login")
	String signIn() {
		return VIEW_SIGN_IN;
	}

	@GetMapping("/home")
	String home() {
		Role role = CurrentUser.get().map(CurrentUser::role).orElseThrow();
		return "redirect:" + landingPage(role);
	}

	static String landingPage(Role role) {
		return switch (role) {
			case ADMIN -> "/admin";
			case PREFECTURE_OFFICE -> "/office";
			case COUNTY_STAFF -> "/county";
			case DEPUTY -> "/my-station";
			case HANDLING_UNIT -> "/unit";
		};
	}

}
