package org.deputyaction.reception.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.reception.ReceptionCommands.CancelSession;
import org.deputyaction.reception.ReceptionCommands.RecordSession;
import org.deputyaction.reception.ReceptionCommands.RecordSessionProblem;
import org.deputyaction.reception.ReceptionCommands.Reschedule;
import org.deputyaction.reception.ReceptionCommands.ScheduleSession;
import org.deputyaction.reception.ReceptionRuleViolation;
import org.deputyaction.reception.ReceptionService;
import org.deputyaction.reception.ReceptionViews.SessionDetail;
import org.deputyaction.reception.ReceptionViews.SessionDeputyView;
import org.deputyaction.reception.ReceptionViews.VenueRef;
import org.deputyaction.reception.SessionFilter;
import org.deputyaction.reception.SessionKind;
import org.deputyaction.reception.SessionState;
import org.deputyaction.suggestion.AttachmentDownload;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.ProblemView;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.util.UriUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reception days and deputy actions: the list with its filters, scheduling, a session's
 * page, recording it afterwards with the problems found and photos, and cancelling.
 */
@Controller
@RequestMapping("/receptions")
class SessionPagesController {

	static final String VIEW_LIST = "reception/list";

	static final String VIEW_FORM = "reception/form";

	static final String VIEW_CHOOSE_VENUE = "reception/choose-venue";

	static final String VIEW_SESSION = "reception/session";

	static final String VIEW_RECORD = "reception/record-form";

	static final String VIEW_PROBLEM = "reception/problem-form";

	private final ReceptionService service;

	private final MessageSource messages;

	SessionPagesController(ReceptionService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@InitBinder
	void trimInput(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(@RequestParam(required = false) String county, @RequestParam(required = false) String venue,
			@RequestParam(required = false) SessionKind kind, @RequestParam(required = false) SessionState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		SessionFilter filter = new SessionFilter(county, venue, kind, state, from, to, page);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.service.list(filter, user));
		model.addAttribute("kinds", SessionKind.values());
		model.addAttribute("states", SessionState.values());
		model.addAttribute("mayManage", ReceptionService.isManager(user, user.countyId()));
		model.addAttribute("query", query(filter));
		return VIEW_LIST;
	}

	/**
	 * The filter as query parameters, ending with {@code &} so that a page number can
	 * follow.
	 */
	static String query(SessionFilter filter) {
		StringBuilder query = new StringBuilder();
		append(query, "county", filter.county());
		append(query, "venue", filter.venue());
		append(query, "kind", filter.kind());
		append(query, "state", filter.state());
		append(query, "from", filter.from());
		append(query, "to", filter.to());
		return query.toString();
	}

	private static void append(StringBuilder query, String name, Object value) {
		if (value != null) {
			query.append(name)
				.append('=')
				.append(UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8))
				.append('&');
		}
	}

	@GetMapping("/new")
	String initSchedule(@RequestParam(name = "venue", required = false) String venueCode,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		if (venueCode == null || venueCode.isBlank()) {
			model.addAttribute("venues", this.service.venuesToChoose(user));
			return VIEW_CHOOSE_VENUE;
		}
		VenueRef venue = this.service.venueToManage(venueCode.strip(), user);
		ScheduleForm form = new ScheduleForm();
		form.setKind(SessionKind.RECEPTION_DAY);
		form.setHeldOn(this.service.today().plusDays(7));
		form.setStartsAt(java.time.LocalTime.of(9, 0));
		form.setEndsAt(java.time.LocalTime.of(11, 30));
		form.setPlace(venue.name());
		model.addAttribute("form", form);
		return showForm(venue, null, user, model);
	}

	@PostMapping("/new")
	String processSchedule(@RequestParam("venue") String venueCode, @Valid @ModelAttribute("form") ScheduleForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		VenueRef venue = this.service.venueToManage(venueCode, user);
		checkTimes(form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(venue, null, user, model);
		}
		try {
			Long id = this.service.schedule(new ScheduleSession(venue.id(), form.toSchedule()), user);
			redirect.addFlashAttribute("message", this.messages.getMessage("reception.scheduled", null, locale));
			return "redirect:/receptions/" + id;
		}
		catch (ReceptionRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(venue, null, user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SessionDetail session = this.service.detail(id, user);
		model.addAttribute("reception", session);
		model.addAttribute("history", this.service.history(id, user));
		model.addAttribute("today", this.service.today());
		if (session.mayManage()) {
			model.addAttribute("linkable", this.service.linkableProblems(id, user));
			if (!model.containsAttribute("cancelForm")) {
				CancelForm cancel = new CancelForm();
				cancel.setVersion(session.version());
				model.addAttribute("cancelForm", cancel);
			}
		}
		return VIEW_SESSION;
	}

	@GetMapping("/{id}/edit")
	String initEdit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SessionDetail session = this.service.detail(id, user);
		VenueRef venue = this.service.venueToManage(session.venue().id(), user);
		ScheduleForm form = new ScheduleForm();
		form.setVersion(session.version());
		form.setKind(session.kind());
		form.setHeldOn(session.heldOn());
		form.setStartsAt(session.startsAt());
		form.setEndsAt(session.endsAt());
		form.setPlace(session.place());
		form.setTheme(session.theme());
		form.setOnDuty(
				session.deputies().stream().filter(SessionDeputyView::onDuty).map(SessionDeputyView::id).toList());
		model.addAttribute("form", form);
		return showForm(venue, session, user, model);
	}

	@PostMapping("/{id}/edit")
	String processEdit(@PathVariable Long id, @Valid @ModelAttribute("form") ScheduleForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		SessionDetail session = this.service.detail(id, user);
		VenueRef venue = this.service.venueToManage(session.venue().id(), user);
		checkTimes(form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(venue, session, user, model);
		}
		try {
			this.service.reschedule(new Reschedule(id, form.getVersion(), form.toSchedule()), user);
			redirect.addFlashAttribute("message", this.messages.getMessage("reception.saved", null, locale));
			return "redirect:/receptions/" + id;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("errorMessage", this.messages.getMessage("reception.conflict", null, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(venue, session, user, model);
		}
		catch (ReceptionRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(venue, session, user, model);
		}
	}

	@GetMapping("/{id}/record")
	String initRecord(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SessionDetail session = this.service.detail(id, user);
		RecordForm form = new RecordForm();
		form.setVersion(session.version());
		List<SessionDeputyView> deputies = session.deputies();
		boolean recorded = session.votersReceived() != null;
		form.setAttended(deputies.stream()
			.filter((d) -> recorded ? d.attended() : d.onDuty())
			.map(SessionDeputyView::id)
			.toList());
		form.setVotersReceived(session.votersReceived());
		form.setMinutes(session.minutes());
		model.addAttribute("form", form);
		return showRecordForm(session, user, model);
	}

	@PostMapping("/{id}/record")
	String processRecord(@PathVariable Long id, @Valid @ModelAttribute("form") RecordForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		SessionDetail session = this.service.detail(id, user);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showRecordForm(session, user, model);
		}
		try {
			this.service.record(new RecordSession(id, form.getVersion(),
					(form.getAttended() != null) ? new HashSet<>(form.getAttended()) : null, form.getVotersReceived(),
					form.getMinutes()), user);
			redirect.addFlashAttribute("message", this.messages.getMessage("reception.recorded", null, locale));
			return "redirect:/receptions/" + id;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("errorMessage", this.messages.getMessage("reception.conflict", null, locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showRecordForm(session, user, model);
		}
		catch (ReceptionRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showRecordForm(session, user, model);
		}
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("openCancel", true);
			return show(id, user, model);
		}
		try {
			this.service.cancel(new CancelSession(id, form.getVersion(), form.getReason()), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("errorMessage", this.messages.getMessage("reception.conflict", null, locale));
			model.addAttribute("openCancel", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", this.messages.getMessage("reception.cancelled", null, locale));
		return "redirect:/receptions/" + id;
	}

	@PostMapping("/{id}/problems")
	String link(@PathVariable Long id, @RequestParam(name = "problem", required = false) Long problemId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
		if (problemId == null) {
			redirect.addFlashAttribute("errorMessage",
					this.messages.getMessage("reception.problems.choose", null, locale));
			return "redirect:/receptions/" + id + "#problems";
		}
		this.service.linkProblem(id, problemId, user);
		redirect.addFlashAttribute("message", this.messages.getMessage("reception.problems.linked", null, locale));
		return "redirect:/receptions/" + id + "#problems";
	}

	@PostMapping("/{id}/problems/{problemId}/unlink")
	String unlink(@PathVariable Long id, @PathVariable Long problemId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		this.service.unlinkProblem(id, problemId, user);
		redirect.addFlashAttribute("message", this.messages.getMessage("reception.problems.unlinked", null, locale));
		return "redirect:/receptions/" + id + "#problems";
	}

	@GetMapping("/{id}/problems/new")
	String initProblem(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SessionDetail session = this.service.detail(id, user);
		this.service.venueToManage(session.venue().id(), user);
		SessionProblemForm form = new SessionProblemForm();
		form.setRequestToken(UUID.randomUUID());
		model.addAttribute("form", form);
		return showProblemForm(session, model);
	}

	@PostMapping("/{id}/problems/new")
	String processProblem(@PathVariable Long id, @Valid @ModelAttribute("form") SessionProblemForm form,
			BindingResult result, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		SessionDetail session = this.service.detail(id, user);
		if (form.getRequestToken() == null) {
			form.setRequestToken(UUID.randomUUID());
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showProblemForm(session, model);
		}
		try {
			ProblemView problem = this.service
				.recordProblem(new RecordSessionProblem(id, form.getRequestToken(), form.getTitle(),
						form.getDescription(), form.getContactName(), form.getContactPhone(), uploads(files)), user);
			redirect.addFlashAttribute("message", this.messages.getMessage("reception.problems.recorded",
					new Object[] { problem.trackingNumber() }, locale));
			return "redirect:/receptions/" + id + "#problems";
		}
		catch (LoopRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showProblemForm(session, model);
		}
		catch (ReceptionRuleViolation ex) {
			model.addAttribute("errorMessage", ex.message(this.messages, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showProblemForm(session, model);
		}
	}

	@PostMapping("/{id}/photos")
	String addPhotos(@PathVariable Long id, @RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
		List<AttachmentUpload> uploads = uploads(files);
		if (uploads.isEmpty()) {
			redirect.addFlashAttribute("errorMessage",
					this.messages.getMessage("reception.photos.choose", null, locale));
			return "redirect:/receptions/" + id + "#photos";
		}
		try {
			for (AttachmentUpload upload : uploads) {
				this.service.addPhoto(id, upload, user);
			}
		}
		catch (ReceptionRuleViolation ex) {
			redirect.addFlashAttribute("errorMessage", ex.message(this.messages, locale));
			return "redirect:/receptions/" + id + "#photos";
		}
		redirect.addFlashAttribute("message",
				this.messages.getMessage("reception.photos.added", new Object[] { uploads.size() }, locale));
		return "redirect:/receptions/" + id + "#photos";
	}

	@PostMapping("/{id}/photos/{photoId}/delete")
	String removePhoto(@PathVariable Long id, @PathVariable Long photoId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		this.service.removePhoto(id, photoId, user);
		redirect.addFlashAttribute("message", this.messages.getMessage("reception.photos.removed", null, locale));
		return "redirect:/receptions/" + id + "#photos";
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId,
			@AuthenticationPrincipal CurrentUser user) {
		AttachmentDownload file = this.service.photo(id, photoId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	private String showForm(VenueRef venue, SessionDetail session, CurrentUser user, Model model) {
		model.addAttribute("venue", venue);
		model.addAttribute("reception", session);
		model.addAttribute("deputies", this.service.deputiesOf(venue.id(), user));
		model.addAttribute("kinds", SessionKind.values());
		return VIEW_FORM;
	}

	private String showRecordForm(SessionDetail session, CurrentUser user, Model model) {
		model.addAttribute("reception", session);
		List<SessionDeputyView> sessionDeputies = session.deputies();
		java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
		sessionDeputies.forEach((d) -> names.put(d.id(), d.name()));
		this.service.deputiesOf(session.venue().id(), user).forEach((d) -> names.putIfAbsent(d.id(), d.name()));
		model.addAttribute("deputies", names);
		model.addAttribute("onDuty",
				sessionDeputies.stream().filter(SessionDeputyView::onDuty).map(SessionDeputyView::id).toList());
		return VIEW_RECORD;
	}

	private String showProblemForm(SessionDetail session, Model model) {
		model.addAttribute("reception", session);
		return VIEW_PROBLEM;
	}

	private static void checkTimes(ScheduleForm form, BindingResult result) {
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())
				&& !result.hasFieldErrors("endsAt")) {
			result.rejectValue("endsAt", "reception.form.endsBeforeStart");
		}
	}

	static List<AttachmentUpload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
			.map((file) -> {
				try {
					return new AttachmentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.toList();
	}

}
