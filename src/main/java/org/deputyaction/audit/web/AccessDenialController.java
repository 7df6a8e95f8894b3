package org.deputyaction.audit.web;

import java.time.Clock;
import java.time.Duration;

import org.deputyaction.audit.AccessDenialLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' list of refused requests, newest first, with the minutes in which
 * an address was refused more often than is stored one by one.
 */
@Controller
class AccessDenialController {

	static final String VIEW_LIST = "audit/denials";

	private static final int PAGE_SIZE = 50;

	private static final Duration BURST_WINDOW = Duration.ofDays(7);

	private static final int BURSTS_SHOWN = 20;

	private final AccessDenialLog denials;

	private final Clock clock;

	AccessDenialController(AccessDenialLog denials, Clock clock) {
		this.denials = denials;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(name = "before", required = false) Long before, Model model) {
		model.addAttribute("page", this.denials.page(before, PAGE_SIZE));
		model.addAttribute("first", before == null);
		model.addAttribute("bursts", this.denials.bursts(this.clock.instant().minus(BURST_WINDOW), BURSTS_SHOWN));
		model.addAttribute("storedPerMinute", this.denials.storedPerMinute());
		return VIEW_LIST;
	}

}
