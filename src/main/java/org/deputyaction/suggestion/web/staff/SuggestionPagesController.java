package org.deputyaction.suggestion.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.AssignmentStatus;
import org.deputyaction.suggestion.AttachmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.ExtensionStatus;
import org.deputyaction.suggestion.FeedbackService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.DecideExtension;
import org.deputyaction.suggestion.HandlingCommands.MarkFollowUpSolved;
import org.deputyaction.suggestion.HandlingCommands.ChangeSupervisionLevel;
import org.deputyaction.suggestion.HandlingCommands.MarkKeySupervision;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.HandlingCommands.RefuseObjection;
import org.deputyaction.suggestion.HandlingCommands.ReportProgress;
import org.deputyaction.suggestion.HandlingCommands.RerouteAssignment;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.HandlingCommands.WaiveAssistingViews;
import org.deputyaction.suggestion.LoopAction;
import org.deputyaction.suggestion.LoopChoices;
import org.deputyaction.suggestion.LoopChoices.Choice;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionCommands.ChangePublication;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionDetail.AssignmentLine;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.system.NotFoundException;

import org.deputyaction.system.RenderedFragments;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Suggestions as staff write them up and move them round the loop: the write-up form, and
 * a suggestion's page with everything about it, its timeline and the forms of the steps
 * its state allows. Each step carries the version the user saw; when someone else changed
 * the item first the page is shown again with the user's input and a clear message.
 */
@Controller
@RequestMapping("/suggestions")
class SuggestionPagesController {

	private static final String VIEW_FORM = "suggestion/staff/suggestion-form";

	private static final String VIEW_PAGE = "suggestion/staff/suggestion";

	private static final String VIEW_CONTENT = "suggestion/staff/suggestion-content :: content";

	private final SuggestionService suggestions;

	private final ProblemService problems;

	private final AssignmentService assignment;

	private final SupervisionService supervision;

	private final ReplyService replies;

	private final FeedbackService feedback;

	private final AttachmentService attachments;

	private final CategoryService categories;

	private final LoopChoices choices;

	private final LoopSettingsService settings;

	private final MessageSource messages;

	private final Clock clock;

	private final RenderedFragments fragments;

	SuggestionPagesController(SuggestionService suggestions, ProblemService problems, AssignmentService assignment,
			SupervisionService supervision, ReplyService replies, FeedbackService feedback,
			AttachmentService attachments, CategoryService categories, LoopChoices choices,
			LoopSettingsService settings, MessageSource messages, Clock clock, RenderedFragments fragments) {
		this.fragments = fragments;
		this.suggestions = suggestions;
		this.problems = problems;
		this.assignment = assignment;
		this.supervision = supervision;
		this.replies = replies;
		this.feedback = feedback;
		this.attachments = attachments;
		this.categories = categories;
		this.choices = choices;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void trimInput(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	// The write-up form

	@GetMapping("/new")
	String initProposal(@RequestParam(name = "problem", required = false) List<Long> problemIds,
			@RequestParam(name = "venue", required = false) String venueCode, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		SuggestionForm form = new SuggestionForm();
		form.setRequestToken(UUID.randomUUID());
		form.setLevel(AdministrativeLevel.COUNTY);
		form.setPublicVisible(true);
		if (problemIds != null && !problemIds.isEmpty()) {
			form.setProblemIds(new ArrayList<>(problemIds));
			ProblemView first = this.problems.get(problemIds.get(0), user);
			form.setTitle(first.title());
			form.setContent(first.description());
		}
		else if (venueCode != null && !venueCode.isBlank()) {
			form.setVenueId(this.choices.venue(venueCode, user).map(Choice::id).orElseThrow(NotFoundException::new));
		}
		model.addAttribute("form", form);
		return showProposal(form, user, model);
	}

	@PostMapping("/new")
	String processProposal(@Valid @ModelAttribute("form") SuggestionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		if (form.getRequestToken() == null) {
			form.setRequestToken(UUID.randomUUID());
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showProposal(form, user, model);
		}
		try {
			SuggestionDetail detail = this.suggestions.propose(new ProposeSuggestion(form.getRequestToken(),
					form.getProblemIds(), form.getVenueId(), form.getTitle(), form.getContent(), form.getCategoryId(),
					form.getLevel(), form.getCongressTerm(), form.getLeadDeputyId(), form.getCoSignerDeputyIds(),
					form.isPublicVisible(), List.of()), user);
			redirect.addFlashAttribute("message", this.messages.getMessage("loopstaff.suggestion.proposed",
					new Object[] { detail.number() }, locale));
			return "redirect:/suggestions/" + detail.id();
		}
		catch (LoopRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showProposal(form, user, model);
		}
	}

	private String showProposal(SuggestionForm form, CurrentUser user, Model model) {
		List<ProblemView> problems = form.getProblemIds()
			.stream()
			.distinct()
			.map((id) -> this.problems.get(id, user))
			.toList();
		Long venueId = problems.isEmpty() ? form.getVenueId() : problems.get(0).venueId();
		model.addAttribute("problems", problems);
		model.addAttribute("venueName", problems.isEmpty() ? null : problems.get(0).venueName());
		model.addAttribute("deputies", (venueId != null) ? this.choices.deputiesAt(venueId) : List.of());
		model.addAttribute("venues", (venueId == null) ? this.choices.venues(user) : List.of());
		model.addAttribute("categories", this.categories.tree(true));
		model.addAttribute("levels", AdministrativeLevel.values());
		return VIEW_FORM;
	}

	// The suggestion's page

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		// the same for every reader of the same role and scope on the same day; a page
		// with a message for its reader is not shared
		Shown shown = (flash == null || flash.isEmpty()) ? new Shown(id, user.role(), user.countyId(), user.venueId(),
				user.deputyId(), user.unitId(), LocalDate.now(this.clock)) : null;
		model.addAttribute("itemMarkup", this.fragments.render(VIEW_CONTENT, shown, model,
				() -> fillPage(id, user, model), request, response, "s"));
		return VIEW_PAGE;
	}

	/**
	 * What a suggestion's page shows: the suggestion, to a reader of this role and scope,
	 * on this day.
	 */
	private record Shown(Long id, Role role, Long county, Long venue, Long deputy, Long unit, LocalDate day) {

	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		return Files.download(this.attachments.download(attachmentId, user));
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable Long id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		return act(id, "assign", form, result, user, model, redirect, locale, response,
				() -> this.assignment.assign(new AssignSuggestion(id, form.getVersion(), form.getLeadUnitId(),
						form.getAssistingUnitIds(), null, form.getDueOn()), user));
	}

	@PostMapping("/{id}/objection")
	String objection(@PathVariable Long id, @Valid @ModelAttribute("objectionForm") ObjectionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		if (form.isReroute() && form.getNewUnitId() == null) {
			result.rejectValue("newUnitId", "loopstaff.form.required");
		}
		return act(id, "objection", form, result, user, model, redirect, locale, response, () -> form.isReroute()
				? this.assignment.reroute(new RerouteAssignment(id, form.getVersion(), form.getAssignmentId(),
						form.getNewUnitId(), form.getReason()), user)
				: this.assignment.refuseObjection(
						new RefuseObjection(id, form.getVersion(), form.getAssignmentId(), form.getReason()), user));
	}

	@PostMapping("/{id}/urge")
	String urge(@PathVariable Long id, @Valid @ModelAttribute("urgeForm") TextForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		return act(id, "urge", form, result, user, model, redirect, locale, response,
				() -> this.supervision.urge(new Urge(id, form.getVersion(), form.getUnitId(), form.getText()), user));
	}

	@PostMapping("/{id}/progress")
	String progress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") TextForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		return act(id, "progress", form, result, user, model, redirect, locale, response, () -> this.supervision
			.reportProgress(new ReportProgress(id, form.getVersion(), form.getUnitId(), form.getText()), user));
	}

	@PostMapping("/{id}/extension")
	String extension(@PathVariable Long id, @Valid @ModelAttribute("extensionForm") ExtensionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		return act(id, "extension", form, result, user, model, redirect, locale, response,
				() -> this.supervision.decideExtension(new DecideExtension(id, form.getVersion(),
						form.getExtensionRequestId(), form.isApprove(), form.getGrantedDueOn(), form.getReason()),
						user));
	}

	@PostMapping("/{id}/key-supervision")
	String keySupervision(@PathVariable Long id, @Valid @ModelAttribute("keySupervisionForm") KeySupervisionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		if (form.isKeySupervision() && form.getLeader() == null) {
			result.rejectValue("leader", "loopstaff.form.required");
		}
		return act(id, "keySupervision", form, result, user, model, redirect, locale, response,
				() -> this.supervision.markKeySupervision(
						new MarkKeySupervision(id, form.getVersion(), form.isKeySupervision(), form.getLeader()),
						user));
	}

	@PostMapping("/{id}/supervision-level")
	String supervisionLevel(@PathVariable Long id,
			@Valid @ModelAttribute("supervisionLevelForm") SupervisionLevelForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		if (form.getLevel() == null) {
			result.rejectValue("level", "loopstaff.form.required");
		}
		return act(id, "supervisionLevel", form, result, user, model, redirect, locale, response,
				() -> this.supervision.changeSupervisionLevel(
						new ChangeSupervisionLevel(id, form.getVersion(), form.getLevel(), form.getLeader()), user));
	}

	@PostMapping("/{id}/waive-views")
	String waiveViews(@PathVariable Long id, @Valid @ModelAttribute("waiveForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		if (form.getReason() == null) {
			result.rejectValue("reason", "loopstaff.form.required");
		}
		return act(id, "waive", form, result, user, model, redirect, locale, response, () -> this.replies
			.waiveAssistingViews(new WaiveAssistingViews(id, form.getVersion(), form.getReason()), user));
	}

	@PostMapping("/{id}/reply")
	String reply(@PathVariable Long id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("filesAgain", !Files.uploads(files).isEmpty());
		return act(id, "reply", form, result, user, model, redirect, locale, response,
				() -> this.replies.reply(new RecordReply(id, form.getVersion(), form.getResultClass(),
						form.getMeasures(), form.getContent(), form.getRepliedOn(), Files.uploads(files)), user));
	}

	@PostMapping("/{id}/rate")
	String rate(@PathVariable Long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		return act(id, "rate", form, result, user, model, redirect, locale, response,
				() -> this.feedback.rate(new RateReply(id, form.getVersion(), form.getHandlingWork(), form.getResult(),
						form.getComment(), form.getRatedOn()), user));
	}

	@PostMapping("/{id}/follow-up-solved")
	String followUpSolved(@PathVariable Long id, @Valid @ModelAttribute("followUpForm") ReasonForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		return act(id, "followUp", form, result, user, model, redirect, locale, response, () -> this.feedback
			.markFollowUpSolved(new MarkFollowUpSolved(id, form.getVersion(), form.getReason()), user));
	}

	@PostMapping("/{id}/publication")
	String publication(@PathVariable Long id, @Valid @ModelAttribute("publicationForm") PublicationForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		return act(id, "publication", form, result, user, model, redirect, locale, response, () -> this.suggestions
			.changePublication(new ChangePublication(id, form.getVersion(), form.isPublicVisible()), user));
	}

	/**
	 * Runs one step: on invalid input, a rule the loop refuses, or someone else's change
	 * first, the page is shown again with the step's form open and the user's input in
	 * it; otherwise back to the page with a message.
	 */
	private String act(Long id, String action, VersionedForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response, Supplier<SuggestionDetail> step) {
		model.addAttribute("openAction", action);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			fillPage(id, user, model);
			return renderPage(model, response);
		}
		try {
			step.get();
		}
		catch (ConcurrentChangeException ex) {
			model.addAttribute("errorMessage", this.messages.getMessage(ex.messageKey(), null, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			fillPage(id, user, model);
			form.setVersion(((SuggestionDetail) model.getAttribute("s")).version());
			return renderPage(model, response);
		}
		catch (LoopRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			fillPage(id, user, model);
			return renderPage(model, response);
		}
		redirect.addFlashAttribute("message", this.messages.getMessage("loopstaff.done." + action, null, locale));
		return "redirect:/suggestions/" + id;
	}

	/**
	 * The page shown again to its reader alone, with what they typed and why it was
	 * refused.
	 */
	private String renderPage(Model model, HttpServletResponse response) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		model.addAttribute("itemMarkup", this.fragments.render(VIEW_CONTENT, null, model, () -> {
		}, request, response));
		return VIEW_PAGE;
	}

	private void fillPage(Long id, CurrentUser user, Model model) {
		SuggestionDetail s = this.suggestions.get(id, user);
		model.addAttribute("s", s);
		model.addAttribute("timeline",
				this.suggestions.timeline(id, user)
					.stream()
					.map((entry) -> TimelineRow.of(entry, this.messages, LocaleContextHolder.getLocale()))
					.toList());
		LocalDate today = LocalDate.now(this.clock);
		List<AssignmentLine> active = s.assignments()
			.stream()
			.filter((a) -> a.status() != AssignmentStatus.REROUTED)
			.toList();
		model.addAttribute("activeAssignments", active);
		if (s.may(LoopAction.ASSIGN) || s.may(LoopAction.DECIDE_OBJECTION)) {
			model.addAttribute("units", this.choices.assignableUnits(s.countyId()));
		}
		long version = s.version();
		if (!model.containsAttribute("assignForm")) {
			AssignForm form = new AssignForm();
			if (s.may(LoopAction.ASSIGN)) {
				form.setDueOn(this.settings.deadlines().defaultDueDate(today));
			}
			model.addAttribute("assignForm", versioned(form, version));
		}
		if (!model.containsAttribute("objectionForm")) {
			ObjectionForm form = new ObjectionForm();
			active.stream()
				.filter((a) -> a.status() == AssignmentStatus.OBJECTED)
				.findFirst()
				.ifPresent((a) -> form.setAssignmentId(a.id()));
			model.addAttribute("objectionForm", versioned(form, version));
		}
		defaultForm(model, "urgeForm", new TextForm(), version);
		defaultForm(model, "progressForm", new TextForm(), version);
		if (!model.containsAttribute("extensionForm")) {
			ExtensionForm form = new ExtensionForm();
			s.extensions().stream().filter((e) -> e.status() == ExtensionStatus.PENDING).findFirst().ifPresent((e) -> {
				form.setExtensionRequestId(e.id());
				form.setGrantedDueOn(e.requestedDueOn());
			});
			model.addAttribute("extensionForm", versioned(form, version));
		}
		model.addAttribute("pendingExtension",
				s.extensions().stream().filter((e) -> e.status() == ExtensionStatus.PENDING).findFirst().orElse(null));
		if (!model.containsAttribute("supervisionLevelForm")) {
			SupervisionLevelForm form = new SupervisionLevelForm();
			form.setLevel(s.supervisionLevel());
			form.setLeader(s.keySupervisionLeader());
			model.addAttribute("supervisionLevelForm", versioned(form, version));
		}
		if (!model.containsAttribute("keySupervisionForm")) {
			KeySupervisionForm form = new KeySupervisionForm();
			form.setKeySupervision(!s.keySupervision());
			form.setLeader(s.keySupervisionLeader());
			model.addAttribute("keySupervisionForm", versioned(form, version));
		}
		defaultForm(model, "waiveForm", new ReasonForm(), version);
		if (!model.containsAttribute("replyForm")) {
			ReplyForm form = new ReplyForm();
			form.setRepliedOn(today);
			model.addAttribute("replyForm", versioned(form, version));
		}
		if (!model.containsAttribute("ratingForm")) {
			RatingForm form = new RatingForm();
			form.setRatedOn(today);
			model.addAttribute("ratingForm", versioned(form, version));
		}
		defaultForm(model, "followUpForm", new ReasonForm(), version);
		if (!model.containsAttribute("publicationForm")) {
			PublicationForm form = new PublicationForm();
			form.setPublicVisible(!s.publicVisible());
			model.addAttribute("publicationForm", versioned(form, version));
		}
		model.addAttribute("resultClasses", ResultClass.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("handled", s.status() == LoopStatus.ASSIGNED || s.status() == LoopStatus.SUPERVISED);
	}

	private static void defaultForm(Model model, String name, VersionedForm form, long version) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, versioned(form, version));
		}
	}

	private static VersionedForm versioned(VersionedForm form, long version) {
		form.setVersion(version);
		return form;
	}

}
