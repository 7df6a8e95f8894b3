package org.deputyaction.suggestion.web.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.AssignmentStatus;
import org.deputyaction.suggestion.AttachmentDownload;
import org.deputyaction.suggestion.AttachmentService;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.HandlingCommands.GiveAssistingView;
import org.deputyaction.suggestion.HandlingCommands.ObjectToAssignment;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.HandlingCommands.ReportProgress;
import org.deputyaction.suggestion.HandlingCommands.RequestExtension;
import org.deputyaction.suggestion.HandlingCommands.SignFor;
import org.deputyaction.suggestion.LoopAction;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionDetail.AssignmentLine;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One assignment as its handling unit sees it (no voter's contact), with the actions the
 * unit may take now: sign for, object, ask for an extension, give its view as an
 * assisting unit, reply as the lead unit, report progress.
 */
@Controller
@RequestMapping("/unit/assignments/{id}")
class UnitAssignmentController {

	static final String VIEW_ASSIGNMENT = "suggestion/unit/assignment";

	private static final String CONFLICT = "loopunit.conflict";

	private static final String NOT_NOW = "loopunit.notAllowedNow";

	private static final String RULE = "loopunit.ruleViolation";

	private final SuggestionService suggestions;

	private final AssignmentService assignments;

	private final SupervisionService supervision;

	private final ReplyService replies;

	private final LoopSettingsService settings;

	private final AttachmentService attachments;

	private final MessageSource messages;

	UnitAssignmentController(SuggestionService suggestions, AssignmentService assignments,
			SupervisionService supervision, ReplyService replies, LoopSettingsService settings,
			AttachmentService attachments, MessageSource messages) {
		this.suggestions = suggestions;
		this.assignments = assignments;
		this.supervision = supervision;
		this.replies = replies;
		this.settings = settings;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		UnitQueueController.requireUnit(user);
		return page(this.suggestions.get(id, user), user, model, null);
	}

	@PostMapping("/sign-for")
	String signFor(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		UnitQueueController.requireUnit(user);
		SuggestionDetail detail = this.suggestions.get(id, user);
		String problem = null;
		if (version != detail.version()) {
			problem = text(CONFLICT);
		}
		else if (!detail.may(LoopAction.SIGN_FOR)) {
			problem = text(NOT_NOW);
		}
		else {
			try {
				this.assignments.signFor(new SignFor(id, version), user);
				redirect.addFlashAttribute("message", text("loopunit.unit.signedFor"));
			}
			catch (LoopRuleViolation ex) {
				problem = ex.message(this.messages, LocaleContextHolder.getLocale());
			}
			catch (ConcurrentChangeException ex) {
				problem = text(CONFLICT);
			}
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/unit/assignments/" + id;
	}

	@PostMapping("/object")
	String object(@PathVariable Long id, @Valid @ModelAttribute("objectionForm") ObjectionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, LoopAction.OBJECT, form, result, user, model, redirect, response, "loopunit.unit.objected",
				() -> this.assignments.object(new ObjectToAssignment(id, form.getVersion(), form.getReason()), user));
	}

	@PostMapping("/extension")
	String extension(@PathVariable Long id, @Valid @ModelAttribute("extensionForm") ExtensionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, LoopAction.REQUEST_EXTENSION, form, result, user, model, redirect, response,
				"loopunit.unit.extensionRequested", () -> this.supervision.requestExtension(
						new RequestExtension(id, form.getVersion(), form.getRequestedDueOn(), form.getReason()), user));
	}

	@PostMapping("/view")
	String view(@PathVariable Long id, @Valid @ModelAttribute("viewForm") TextForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, LoopAction.GIVE_ASSISTING_VIEW, form, result, user, model, redirect, response,
				"loopunit.unit.viewGiven", () -> this.replies
					.giveAssistingView(new GiveAssistingView(id, form.getVersion(), null, form.getText()), user));
	}

	@PostMapping("/progress")
	String progress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") TextForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, LoopAction.REPORT_PROGRESS, form, result, user, model, redirect, response,
				"loopunit.unit.progressReported", () -> this.supervision
					.reportProgress(new ReportProgress(id, form.getVersion(), null, form.getText()), user));
	}

	@PostMapping("/reply")
	String reply(@PathVariable Long id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, LoopAction.REPLY, form, result, user, model, redirect, response, "loopunit.unit.replied",
				() -> this.replies.reply(new RecordReply(id, form.getVersion(), form.getResultClass(),
						form.getMeasures(), form.getContent(), form.getRepliedOn(), uploads(form.getFiles())), user));
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		UnitQueueController.requireUnit(user);
		SuggestionDetail detail = this.suggestions.get(id, user);
		boolean belongs = detail.attachments().stream().anyMatch((a) -> Objects.equals(a.id(), attachmentId))
				|| detail.rounds()
					.stream()
					.filter((r) -> r.reply() != null)
					.flatMap((r) -> r.reply().attachments().stream())
					.anyMatch((a) -> Objects.equals(a.id(), attachmentId));
		if (!belongs) {
			throw new org.deputyaction.system.NotFoundException();
		}
		AttachmentDownload download = this.attachments.download(attachmentId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content());
	}

	/**
	 * Runs a unit's action: refuses it with the form kept when the input is invalid, the
	 * item changed since the page was opened, the action is not open now or a rule of the
	 * loop says no; otherwise redirects to the item with a message.
	 */
	private String act(Long id, LoopAction action, VersionedForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response, String success,
			Supplier<SuggestionDetail> call) {
		UnitQueueController.requireUnit(user);
		SuggestionDetail detail = this.suggestions.get(id, user);
		if (!result.hasErrors()) {
			if (form.getVersion() != detail.version()) {
				conflict(form, detail, result, response);
			}
			else if (!detail.may(action)) {
				result.reject(NOT_NOW);
			}
			else {
				try {
					call.get();
					redirect.addFlashAttribute("message", text(success));
					return "redirect:/unit/assignments/" + id;
				}
				catch (LoopRuleViolation ex) {
					String message = ex.message(this.messages, LocaleContextHolder.getLocale());
					result.reject(RULE, new Object[] { message }, message);
				}
				catch (ConcurrentChangeException ex) {
					detail = this.suggestions.get(id, user);
					conflict(form, detail, result, response);
				}
			}
		}
		return page(detail, user, model, action);
	}

	private static void conflict(VersionedForm form, SuggestionDetail detail, BindingResult result,
			HttpServletResponse response) {
		result.reject(CONFLICT);
		form.setVersion(detail.version());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
	}

	private String page(SuggestionDetail detail, CurrentUser user, Model model, LoopAction open) {
		AssignmentLine own = detail.assignments()
			.stream()
			.filter((a) -> Objects.equals(a.unitId(), user.unitId()) && a.status() != AssignmentStatus.REROUTED)
			.findFirst()
			.orElse(null);
		LoopSettings current = this.settings.current();
		model.addAttribute("item", detail);
		model.addAttribute("can", detail.actions().stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("own", own);
		model.addAttribute("timeline", this.suggestions.timeline(detail.id(), user));
		model.addAttribute("open", open);
		model.addAttribute("resultClasses", ResultClass.values());
		model.addAttribute("maxAttachmentKb", current.getMaxAttachmentBytes() / 1024);
		model.addAttribute("allowedTypes", current.getAllowedAttachmentTypes());
		model.addAttribute("zone", TimeConfiguration.ZONE);
		model.addAttribute("extensionPending",
				detail.extensions()
					.stream()
					.anyMatch((e) -> e.status() == org.deputyaction.suggestion.ExtensionStatus.PENDING));
		addForm(model, "objectionForm", new ObjectionForm(), detail);
		addForm(model, "extensionForm", new ExtensionForm(), detail);
		addForm(model, "viewForm", new TextForm(), detail);
		addForm(model, "progressForm", new TextForm(), detail);
		addForm(model, "replyForm", new ReplyForm(), detail);
		return VIEW_ASSIGNMENT;
	}

	private static void addForm(Model model, String name, VersionedForm form, SuggestionDetail detail) {
		if (!model.containsAttribute(name)) {
			form.setVersion(detail.version());
			model.addAttribute(name, form);
		}
	}

	private static List<AttachmentUpload> uploads(List<MultipartFile> files) {
		List<AttachmentUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file == null
					|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new AttachmentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
