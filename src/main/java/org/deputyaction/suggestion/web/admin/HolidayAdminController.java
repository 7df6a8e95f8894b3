package org.deputyaction.suggestion.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.groups.Default;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AdminCommands.SaveHoliday;
import org.deputyaction.suggestion.HolidayKind;
import org.deputyaction.suggestion.HolidayService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's holiday table, a year at a time: public holidays and make-up
 * working days, entered one by one or pasted as a list of dates.
 */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminController {

	static final String VIEW_HOLIDAYS = "suggestion/admin/holidays";

	/** The most days one pasted line may span. */
	static final int MAX_RANGE_DAYS = 31;

	private final HolidayService holidays;

	private final MessageSource messages;

	private final Clock clock;

	HolidayAdminController(HolidayService holidays, MessageSource messages, Clock clock) {
		this.holidays = holidays;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("holidayForm", new HolidayForm());
		model.addAttribute("bulkForm", new HolidayForm());
		return page(year, model);
	}

	@PostMapping
	String add(@Validated({ Default.class, HolidayForm.Single.class }) @ModelAttribute("holidayForm") HolidayForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("bulkForm", new HolidayForm());
			return page((form.getDay() != null) ? form.getDay().getYear() : null, model);
		}
		this.holidays.save(new SaveHoliday(form.getDay(), form.getKind(), form.getName()), user);
		redirect.addFlashAttribute("message", text("loopunit.holidays.saved", form.getDay()));
		return "redirect:/admin/holidays?year=" + form.getDay().getYear();
	}

	@PostMapping("/bulk")
	String addMany(@Validated({ Default.class, HolidayForm.Bulk.class }) @ModelAttribute("bulkForm") HolidayForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<SaveHoliday> days = new ArrayList<>();
		if (!result.hasErrors()) {
			days = parse(form, result);
		}
		if (result.hasErrors()) {
			model.addAttribute("holidayForm", new HolidayForm());
			return page(null, model);
		}
		for (SaveHoliday day : days) {
			this.holidays.save(day, user);
		}
		redirect.addFlashAttribute("message", text("loopunit.holidays.savedMany", days.size()));
		return "redirect:/admin/holidays?year=" + days.get(0).day().getYear();
	}

	@PostMapping("/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.holidays.remove(day, user);
		redirect.addFlashAttribute("message", text("loopunit.holidays.removed", day));
		return "redirect:/admin/holidays?year=" + day.getYear();
	}

	/**
	 * Reads one day or range per line: {@code 2026-10-01 国庆节},
	 * {@code 2026-10-01~2026-10-07} or {@code 2026-10-01,名称}; a line without a name takes
	 * the form's. Every bad line is reported; nothing is saved unless all are good.
	 */
	private List<SaveHoliday> parse(HolidayForm form, BindingResult result) {
		List<SaveHoliday> days = new ArrayList<>();
		String defaultName = (form.getName() != null) ? form.getName().strip() : "";
		String[] lines = form.getLines().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[\\s,;\\t\uFF0C\uFF1B]+", 2);
			String name = (parts.length > 1) ? parts[1].strip() : defaultName;
			try {
				String[] range = parts[0].split("[~/]|\\.\\.", 2);
				LocalDate from = LocalDate.parse(range[0].strip());
				LocalDate to = (range.length > 1) ? LocalDate.parse(range[1].strip()) : from;
				if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
					result.rejectValue("lines", "loopunit.holidays.badRange", new Object[] { i + 1, line }, null);
					continue;
				}
				if (name.isEmpty() || name.length() > 60) {
					result.rejectValue("lines", "loopunit.holidays.badName", new Object[] { i + 1, line }, null);
					continue;
				}
				for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
					days.add(new SaveHoliday(day, form.getKind(), name));
				}
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("lines", "loopunit.holidays.badDate", new Object[] { i + 1, line }, null);
			}
		}
		if (days.isEmpty() && !result.hasErrors()) {
			result.rejectValue("lines", "loopunit.validation.required");
		}
		return days;
	}

	private String page(Integer year, Model model) {
		int shown = (year != null && year >= 1900 && year <= 2999) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.holidays.year(shown));
		model.addAttribute("kinds", HolidayKind.values());
		return VIEW_HOLIDAYS;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
