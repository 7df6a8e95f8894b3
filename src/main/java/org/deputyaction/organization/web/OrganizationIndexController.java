package org.deputyaction.organization.web;

import org.deputyaction.organization.internal.OrganizationLists;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff's way into the organisation: each list with the number of active records the
 * user sees.
 */
@Controller
class OrganizationIndexController {

	private static final String VIEW_INDEX = "organization/staff/index";

	private final OrganizationLists lists;

	OrganizationIndexController(OrganizationLists lists) {
		this.lists = lists;
	}

	@GetMapping("/organization")
	String index(Model model) {
		model.addAttribute("counts", this.lists.counts());
		return VIEW_INDEX;
	}

}
