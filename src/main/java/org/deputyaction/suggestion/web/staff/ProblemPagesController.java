package org.deputyaction.suggestion.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AttachmentService;
import org.deputyaction.suggestion.AttachmentType;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.LoopChoices;
import org.deputyaction.suggestion.LoopChoices.Choice;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.ProblemCommands.MarkSpam;
import org.deputyaction.suggestion.ProblemCommands.MergeProblem;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemCommands.SettleProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.TimelineView;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Problems found (发现问题), as staff record and triage them: the record form with photos and
 * documents, and a problem's page with its timeline and the triage steps.
 */
@Controller
@RequestMapping("/problems")
class ProblemPagesController {

	private static final String VIEW_FORM = "suggestion/staff/problem-form";

	private static final String VIEW_PAGE = "suggestion/staff/problem";

	private static final List<String> SETTLE_ACTIONS = List.of("resolve", "decline", "merge");

	private final ProblemService problems;

	private final AttachmentService attachments;

	private final LoopChoices choices;

	private final LoopSettingsService settings;

	private final MessageSource messages;

	private final Clock clock;

	ProblemPagesController(ProblemService problems, AttachmentService attachments, LoopChoices choices,
			LoopSettingsService settings, MessageSource messages, Clock clock) {
		this.problems = problems;
		this.attachments = attachments;
		this.choices = choices;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void trimInput(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/new")
	String initRecord(@RequestParam(name = "venue", required = false) String venueCode,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		ProblemForm form = new ProblemForm();
		form.setRequestToken(UUID.randomUUID());
		form.setSource(ProblemSource.RECEPTION_DAY);
		form.setFoundOn(LocalDate.now(this.clock));
		form.setVenueCode(venueCode);
		model.addAttribute("form", form);
		return showForm(user, model);
	}

	@PostMapping("/new")
	String processRecord(@Valid @ModelAttribute("form") ProblemForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		Optional<Choice> venue = this.choices.venue(form.getVenueCode(), user);
		if (form.getVenueCode() != null && venue.isEmpty() && !result.hasFieldErrors("venueCode")) {
			result.rejectValue("venueCode", "loopstaff.problem.unknownVenue");
		}
		if (form.getFoundOn() != null && form.getFoundOn().isAfter(LocalDate.now(this.clock))
				&& !result.hasFieldErrors("foundOn")) {
			result.rejectValue("foundOn", "loopstaff.form.notInFuture");
		}
		if (form.getRequestToken() == null) {
			form.setRequestToken(UUID.randomUUID());
		}
		boolean hasFiles = !Files.uploads(files).isEmpty();
		if (result.hasErrors()) {
			model.addAttribute("filesAgain", hasFiles);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(user, model);
		}
		try {
			ProblemView problem = this.problems.record(new RecordProblem(form.getRequestToken(), venue.get().id(),
					form.getTitle(), form.getDescription(), form.getSource(), form.getFoundOn(), form.getContactName(),
					form.getContactPhone(), Files.uploads(files)), user);
			redirect.addFlashAttribute("message", this.messages.getMessage("loopstaff.problem.recorded",
					new Object[] { problem.trackingNumber() }, locale));
			return "redirect:/problems/" + problem.id();
		}
		catch (LoopRuleViolation ex) {
			String text = ex.message(this.messages, locale);
			if (ex.refusesUpload()) {
				model.addAttribute("filesError", text);
			}
			else {
				model.addAttribute("errorMessage", text);
			}
			model.addAttribute("filesAgain", hasFiles);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return showPage(id, user, model);
	}

	@PostMapping("/{id}/{action:resolve|decline|merge}")
	String settle(@PathVariable Long id, @PathVariable String action, @RequestParam long version,
			@Valid @ModelAttribute("settleForm") SettleForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		form.setVersion(version);
		Long targetId = null;
		if ("merge".equals(action)) {
			if (form.getTargetTrackingNumber() == null) {
				result.rejectValue("targetTrackingNumber", "loopstaff.form.required");
			}
			else {
				targetId = this.choices.problemId(form.getTargetTrackingNumber(), user).orElse(null);
				if (targetId == null) {
					result.rejectValue("targetTrackingNumber", "loopstaff.problem.unknownTrackingNumber");
				}
			}
		}
		model.addAttribute("openAction", action);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showPage(id, user, model);
		}
		try {
			switch (action) {
				case "resolve" -> this.problems.resolveDirectly(new SettleProblem(id, version, form.getReason()), user);
				case "decline" -> this.problems.decline(new SettleProblem(id, version, form.getReason()), user);
				default -> this.problems.merge(new MergeProblem(id, version, targetId, form.getReason()), user);
			}
		}
		catch (ConcurrentChangeException ex) {
			model.addAttribute("errorMessage", this.messages.getMessage(ex.messageKey(), null, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			String page = showPage(id, user, model);
			form.setVersion(((ProblemView) model.getAttribute("problem")).version());
			return page;
		}
		catch (LoopRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showPage(id, user, model);
		}
		redirect.addFlashAttribute("message",
				this.messages.getMessage("loopstaff.problem.settled." + action, null, locale));
		return "redirect:/problems/" + id;
	}

	@PostMapping("/{id}/spam")
	String markSpam(@PathVariable Long id, @RequestParam long version, @RequestParam boolean spam,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		try {
			this.problems.markSpam(new MarkSpam(id, version, spam), user);
		}
		catch (ConcurrentChangeException ex) {
			model.addAttribute("errorMessage", this.messages.getMessage(ex.messageKey(), null, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showPage(id, user, model);
		}
		catch (LoopRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showPage(id, user, model);
		}
		redirect.addFlashAttribute("message",
				this.messages.getMessage(spam ? "loopstaff.spam.marked" : "loopstaff.spam.cleared", null, locale));
		return spam ? "redirect:/work" : "redirect:/problems/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		return Files.download(this.attachments.download(attachmentId, user));
	}

	private String showPage(Long id, CurrentUser user, Model model) {
		ProblemView problem = this.problems.get(id, user);
		List<TimelineView> timeline = this.problems.timeline(id, user);
		model.addAttribute("problem", problem);
		model.addAttribute("spamMarkedAt", Files.local(problem.spamMarkedAt()));
		model.addAttribute("timeline",
				timeline.stream()
					.map((entry) -> TimelineRow.of(entry, this.messages, LocaleContextHolder.getLocale()))
					.toList());
		if (!model.containsAttribute("settleForm")) {
			SettleForm form = new SettleForm();
			form.setVersion(problem.version());
			model.addAttribute("settleForm", form);
		}
		model.addAttribute("settleActions", SETTLE_ACTIONS);
		return VIEW_PAGE;
	}

	private String showForm(CurrentUser user, Model model) {
		LoopSettings current = this.settings.current();
		model.addAttribute("venues", this.choices.venues(user));
		model.addAttribute("sources", ProblemSource.values());
		model.addAttribute("maxBytes", current.getMaxAttachmentBytes());
		model.addAttribute("maxKilobytes", current.getMaxAttachmentBytes() / 1024);
		model.addAttribute("accept", String.join(",",
				current.getAllowedAttachmentTypes().stream().map(AttachmentType::contentType).toList()));
		return VIEW_FORM;
	}

}
