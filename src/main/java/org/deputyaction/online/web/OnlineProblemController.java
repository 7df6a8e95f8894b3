package org.deputyaction.online.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.online.internal.FormTokens;
import org.deputyaction.online.internal.IntakeGuardFilter;
import org.deputyaction.online.internal.OnlineSettings;
import org.deputyaction.online.internal.Refusal;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.OnlineReceipt;
import org.deputyaction.suggestion.ProblemCommands.RecordOnlineProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.system.NotFoundException;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A voter raises a problem online from a station's (or home's) public page: the form, and
 * the confirmation with the tracking number and the private key, shown once. The limits
 * per address and station, and the size limit, were checked by {@link IntakeGuardFilter}
 * before this controller sees the request.
 */
@Controller
@RequestMapping("/public/{segment:stations|homes}/{code}/problems")
class OnlineProblemController {

	static final String VIEW_FORM = "online/form";

	static final String VIEW_RECEIVED = "online/received";

	static final String VIEW_REFUSED = "online/refused";

	private final VenueRepository venues;

	private final ProblemService problems;

	private final FormTokens tokens;

	private final OnlineSettings settings;

	private final MessageSource messages;

	OnlineProblemController(VenueRepository venues, ProblemService problems, FormTokens tokens, OnlineSettings settings,
			MessageSource messages) {
		this.venues = venues;
		this.problems = problems;
		this.tokens = tokens;
		this.settings = settings;
		this.messages = messages;
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("requestToken", "formToken", "title", "description", "contactName", "contactPhone",
				"consent", "website");
	}

	@GetMapping("/new")
	String initForm(@PathVariable String segment, @PathVariable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (request.getAttribute(IntakeGuardFilter.REFUSAL) instanceof Refusal refusal) {
			return refused(refusal, "/public/" + segment + "/" + code, request, response, model);
		}
		Venue venue = venue(segment, code);
		OnlineProblemForm form = new OnlineProblemForm();
		form.setRequestToken(UUID.randomUUID());
		form.setFormToken(this.tokens.issue(form.getRequestToken(), venue.getCode()));
		model.addAttribute("form", form);
		return showForm(venue, segment, model);
	}

	@PostMapping("/new")
	String processForm(@PathVariable String segment, @PathVariable String code,
			@Valid @ModelAttribute("form") OnlineProblemForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) MultipartFile photo, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) throws IOException {
		Venue venue = venue(segment, code);
		boolean hasPhoto = photo != null && !photo.isEmpty();
		String refusal = refusal(form, venue);
		if (refusal != null) {
			model.addAttribute("errorMessage", this.messages.getMessage(refusal, null, locale));
		}
		if (hasPhoto && photo.getSize() > this.settings.maxPhotoBytes()) {
			model.addAttribute("photoError", this.messages.getMessage("online.form.photoTooLarge",
					new Object[] { this.settings.maxPhotoBytes() / (1024 * 1024) }, locale));
		}
		if (refusal != null || result.hasErrors() || model.containsAttribute("photoError")) {
			return showFormAgain(venue, segment, model, hasPhoto, response);
		}
		OnlineReceipt receipt;
		try {
			receipt = this.problems.recordOnline(new RecordOnlineProblem(form.getRequestToken(), venue.getId(),
					form.getTitle(), form.getDescription(), form.getContactName(), form.getContactPhone(),
					hasPhoto ? new AttachmentUpload(fileName(photo), photo.getContentType(), photo.getBytes()) : null));
		}
		catch (LoopRuleViolation ex) {
			model.addAttribute(ex.refusesUpload() || ex.messageKey().equals("loop.rule.onlinePhotoType") ? "photoError"
					: "errorMessage", ex.message(this.messages, locale));
			return showFormAgain(venue, segment, model, hasPhoto, response);
		}
		if (!receipt.alreadyReceived()) {
			request.setAttribute(IntakeGuardFilter.ACCEPTED, Boolean.TRUE);
		}
		noStore(response);
		String trackingPath = "/public/issues/" + receipt.trackingNumber();
		model.addAttribute("receipt", receipt);
		model.addAttribute("venue", venue);
		model.addAttribute("venuePath", venuePath(segment, venue));
		model.addAttribute("trackingPath", trackingPath);
		model.addAttribute("trackingUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path(trackingPath).toUriString());
		if (!receipt.alreadyReceived()) {
			model.addAttribute("linkWithKey",
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path(trackingPath)
						.queryParam("key", receipt.key())
						.toUriString());
		}
		return VIEW_RECEIVED;
	}

	/**
	 * The polite page for a submission {@link IntakeGuardFilter} turned away before
	 * reading it: why, when to try again, and the way back. It asks nothing of the
	 * database, so that a flood of refusals costs next to nothing.
	 */
	private String refused(Refusal refusal, String venuePath, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		long retryAfter = (request.getAttribute(IntakeGuardFilter.RETRY_AFTER) instanceof Long seconds) ? seconds : 60;
		response.setStatus(refusal.status());
		noStore(response);
		model.addAttribute("refusal", refusal);
		model.addAttribute("retryMinutes", Math.max(1, (retryAfter + 59) / 60));
		model.addAttribute("perAddress", this.settings.perAddress());
		model.addAttribute("maxPhotoMegabytes", this.settings.maxPhotoBytes() / (1024 * 1024));
		model.addAttribute("venuePath", venuePath);
		return VIEW_REFUSED;
	}

	/**
	 * The message key of a refusal by the honeypot or the signed timestamp, or null. A
	 * form that can be sent again as it is keeps its token; an old or foreign one gets a
	 * new one.
	 */
	private String refusal(OnlineProblemForm form, Venue venue) {
		if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
			form.setWebsite(null);
			return "online.form.honeypot";
		}
		FormTokens.Check check = this.tokens.check(form.getFormToken(), form.getRequestToken(), venue.getCode());
		if (check == FormTokens.Check.VALID) {
			return null;
		}
		if (check != FormTokens.Check.TOO_FAST) {
			if (form.getRequestToken() == null) {
				form.setRequestToken(UUID.randomUUID());
			}
			form.setFormToken(this.tokens.issue(form.getRequestToken(), venue.getCode()));
		}
		return "online.form.token." + check.name();
	}

	private String showFormAgain(Venue venue, String segment, Model model, boolean hadPhoto,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("photoAgain", hadPhoto);
		return showForm(venue, segment, model);
	}

	private String showForm(Venue venue, String segment, Model model) {
		model.addAttribute("venue", venue);
		model.addAttribute("venuePath", venuePath(segment, venue));
		model.addAttribute("formPath", venuePath(segment, venue) + "/problems/new");
		model.addAttribute("maxTitle", OnlineProblemForm.MAX_TITLE);
		model.addAttribute("maxDescription", OnlineProblemForm.MAX_DESCRIPTION);
		model.addAttribute("maxPhotoMegabytes", this.settings.maxPhotoBytes() / (1024 * 1024));
		model.addAttribute("perAddress", this.settings.perAddress());
		return VIEW_FORM;
	}

	private Venue venue(String segment, String code) {
		VenueKind kind = "homes".equals(segment) ? VenueKind.DEPUTY_HOME : VenueKind.LIAISON_STATION;
		return this.venues.findByCodeAndKind(code, kind).filter(Venue::isActive).orElseThrow(NotFoundException::new);
	}

	private static String venuePath(String segment, Venue venue) {
		return "/public/" + segment + "/" + venue.getCode();
	}

	private static String fileName(MultipartFile photo) {
		String name = photo.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "photo";
		}
		return (name.length() > 100) ? name.substring(name.length() - 100) : name;
	}

	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
	}

}
