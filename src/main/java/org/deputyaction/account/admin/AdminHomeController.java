package org.deputyaction.account.admin;

import java.util.EnumMap;
import java.util.Map;

import org.deputyaction.account.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's landing page: where to manage users, import the organisation and
 * browse it, with the number of accounts of each role.
 */
@Controller
class AdminHomeController {

	private static final String VIEW_HOME = "account/home/admin";

	private final UserAdministration administration;

	AdminHomeController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin")
	String home(Model model) {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		this.administration.countsByRole().forEach((count) -> counts.put(count.role(), count.accounts()));
		model.addAttribute("roleCounts", counts);
		return VIEW_HOME;
	}

}
