package org.deputyaction.workspace.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing pages of the prefecture office, county staff, deputies and handling units.
 * The administrator's sits with user administration.
 */
@Controller
class RoleHomeController {

	private static final String VIEW_OFFICE = "account/home/office";

	private static final String VIEW_COUNTY = "account/home/county";

	private static final String VIEW_STATION = "account/home/my-station";

	private static final String VIEW_UNIT = "account/home/unit";

	private final RoleHomes homes;

	RoleHomeController(RoleHomes homes) {
		this.homes = homes;
	}

	@GetMapping("/office")
	String office(Model model) {
		model.addAttribute("home", this.homes.office());
		return VIEW_OFFICE;
	}

	@GetMapping("/county")
	String county(Model model) {
		model.addAttribute("home", this.homes.county());
		return VIEW_COUNTY;
	}

	@GetMapping("/my-station")
	String station(Model model) {
		model.addAttribute("home", this.homes.station());
		return VIEW_STATION;
	}

	@GetMapping("/unit")
	String unit(Model model) {
		model.addAttribute("home", this.homes.unit());
		return VIEW_UNIT;
	}

}
