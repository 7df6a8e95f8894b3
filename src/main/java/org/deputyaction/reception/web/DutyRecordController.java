package org.deputyaction.reception.web;

import java.util.List;
import java.util.stream.IntStream;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.reception.DutyRecord;
import org.deputyaction.reception.DutyRecordService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deputy's duty record (履职档案): for staff under the organisation's deputies, for the
 * deputy under their station. One page, printable on A4 without script.
 */
@Controller
class DutyRecordController {

	static final String VIEW_RECORD = "reception/duty-record";

	private final DutyRecordService records;

	DutyRecordController(DutyRecordService records) {
		this.records = records;
	}

	/** This year and the five before, newest first. */
	private List<Integer> years() {
		int current = this.records.year(null);
		return IntStream.rangeClosed(0, 5).mapToObj((i) -> current - i).toList();
	}

	@GetMapping("/organization/deputies/{code}/record")
	String ofDeputy(@PathVariable String code, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		DutyRecord record = this.records.ofDeputy(code, year, user);
		model.addAttribute("record", record);
		model.addAttribute("basePath", "/organization/deputies/" + code + "/record");
		model.addAttribute("mine", false);
		model.addAttribute("years", years());
		model.addAttribute("listLimit", DutyRecord.LIST_LIMIT);
		return VIEW_RECORD;
	}

	@GetMapping("/my-station/record")
	String mine(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		DutyRecord record = this.records.mine(year, user);
		model.addAttribute("record", record);
		model.addAttribute("basePath", "/my-station/record");
		model.addAttribute("mine", true);
		model.addAttribute("years", years());
		model.addAttribute("listLimit", DutyRecord.LIST_LIMIT);
		return VIEW_RECORD;
	}

}
