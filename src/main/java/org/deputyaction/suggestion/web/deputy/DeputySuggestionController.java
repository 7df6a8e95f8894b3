package org.deputyaction.suggestion.web.deputy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.AttachmentDownload;
import org.deputyaction.suggestion.AttachmentService;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.FeedbackService;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.LoopAction;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.QueueFilter;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionCommands.CoSign;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.WorkQueue;
import org.deputyaction.suggestion.WorkQueueService;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deputy's suggestions: those of their station and those they lead or co-sign, what
 * waits for them, and each item with the co-signing and rating it asks of them.
 */
@Controller
class DeputySuggestionController {

	static final String VIEW_LIST = "suggestion/deputy/suggestions";

	static final String VIEW_ITEM = "suggestion/deputy/suggestion";

	static final int PAGE_SIZE = 20;

	private static final String CONFLICT = "loopunit.conflict";

	private static final String NOT_NOW = "loopunit.notAllowedNow";

	private final WorkQueueService queues;

	private final SuggestionService suggestions;

	private final FeedbackService feedback;

	private final AttachmentService attachments;

	private final MessageSource messages;

	DeputySuggestionController(WorkQueueService queues, SuggestionService suggestions, FeedbackService feedback,
			AttachmentService attachments, MessageSource messages) {
		this.queues = queues;
		this.suggestions = suggestions;
		this.feedback = feedback;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping("/my-station/suggestions")
	String list(@RequestParam(required = false) String cursor, @RequestParam(required = false) LoopStatus status,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		requireDeputy(user);
		QueueFilter filter = new QueueFilter(status, null, null, null, null, null, null);
		model.addAttribute("tasks", this.queues.deputyTasks(user));
		model.addAttribute("page", this.queues.page(WorkQueue.SEARCH, filter, cursor, PAGE_SIZE, user));
		model.addAttribute("problems", this.queues.newProblems(QueueFilter.none(), null, 10, user));
		model.addAttribute("status", status);
		model.addAttribute("statuses", new LoopStatus[] { LoopStatus.PROPOSED, LoopStatus.ASSIGNED,
				LoopStatus.SUPERVISED, LoopStatus.FED_BACK, LoopStatus.CLOSED });
		model.addAttribute("me", user.deputyId());
		return VIEW_LIST;
	}

	@GetMapping("/my-station/suggestions/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		requireDeputy(user);
		return page(this.suggestions.get(id, user), user, model);
	}

	@PostMapping("/my-station/suggestions/{id}/co-sign")
	String coSign(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		requireDeputy(user);
		SuggestionDetail detail = this.suggestions.get(id, user);
		String problem = null;
		if (version != detail.version()) {
			problem = text(CONFLICT);
		}
		else if (!detail.may(LoopAction.CO_SIGN)) {
			problem = text(NOT_NOW);
		}
		else {
			try {
				this.suggestions.coSign(new CoSign(id, version), user);
				redirect.addFlashAttribute("message", text("loopunit.deputy.coSigned"));
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
		return "redirect:/my-station/suggestions/" + id;
	}

	@PostMapping("/my-station/suggestions/{id}/rate")
	String rate(@PathVariable Long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireDeputy(user);
		SuggestionDetail detail = this.suggestions.get(id, user);
		if (!result.hasErrors()) {
			if (form.getVersion() != detail.version()) {
				result.reject(CONFLICT);
				form.setVersion(detail.version());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			else if (!detail.may(LoopAction.RATE)) {
				result.reject(NOT_NOW);
			}
			else {
				try {
					SuggestionDetail rated = this.feedback.rate(new RateReply(id, form.getVersion(),
							form.getHandlingWork(), form.getResult(), form.getComment(), null), user);
					redirect.addFlashAttribute("message",
							(rated.status() == LoopStatus.CLOSED) ? text("loopunit.deputy.ratedClosed")
									: text("loopunit.deputy.ratedReturned", rated.round(), rated.dueOn()));
					return "redirect:/my-station/suggestions/" + id;
				}
				catch (LoopRuleViolation ex) {
					String message = ex.message(this.messages, LocaleContextHolder.getLocale());
					result.reject("loopunit.ruleViolation", new Object[] { message }, message);
				}
				catch (ConcurrentChangeException ex) {
					result.reject(CONFLICT);
					detail = this.suggestions.get(id, user);
					form.setVersion(detail.version());
					response.setStatus(HttpServletResponse.SC_CONFLICT);
				}
			}
		}
		model.addAttribute("ratingTried", true);
		return page(detail, user, model);
	}

	@GetMapping("/my-station/suggestions/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		requireDeputy(user);
		SuggestionDetail detail = this.suggestions.get(id, user);
		boolean belongs = detail.attachments().stream().anyMatch((a) -> Objects.equals(a.id(), attachmentId))
				|| detail.rounds()
					.stream()
					.filter((r) -> r.reply() != null)
					.flatMap((r) -> r.reply().attachments().stream())
					.anyMatch((a) -> Objects.equals(a.id(), attachmentId));
		if (!belongs) {
			throw new NotFoundException();
		}
		AttachmentDownload download = this.attachments.download(attachmentId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content());
	}

	private String page(SuggestionDetail detail, CurrentUser user, Model model) {
		model.addAttribute("item", detail);
		model.addAttribute("can", detail.actions().stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("lead", Objects.equals(detail.leadDeputyId(), user.deputyId()));
		model.addAttribute("invited",
				detail.coSigners()
					.stream()
					.anyMatch((c) -> Objects.equals(c.deputyId(), user.deputyId()) && !c.confirmed()));
		model.addAttribute("timeline", this.suggestions.timeline(detail.id(), user));
		model.addAttribute("zone", TimeConfiguration.ZONE);
		model.addAttribute("satisfactions", Satisfaction.values());
		if (!model.containsAttribute("ratingForm")) {
			RatingForm form = new RatingForm();
			form.setVersion(detail.version());
			model.addAttribute("ratingForm", form);
		}
		return VIEW_ITEM;
	}

	static void requireDeputy(CurrentUser user) {
		if (user == null || !user.is(Role.DEPUTY) || user.deputyId() == null || user.venueId() == null) {
			throw new AccessDeniedException("pages of deputies");
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
