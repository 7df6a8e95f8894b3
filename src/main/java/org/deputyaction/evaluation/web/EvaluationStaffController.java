package org.deputyaction.evaluation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.evaluation.EvaluationRefused;
import org.deputyaction.evaluation.EvaluationView;
import org.deputyaction.evaluation.OnSiteEvaluationService;
import org.deputyaction.system.QrCodes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Staff open an on-site evaluation from a suggestion's page, show its presenter screen
 * (code, QR code, live counts) at the meeting, and close it early.
 */
@Controller
class EvaluationStaffController {

	static final String VIEW_PRESENTER = "evaluation/presenter";

	private final OnSiteEvaluationService evaluations;

	private final MessageSource messages;

	private final String baseUrl;

	EvaluationStaffController(OnSiteEvaluationService evaluations, MessageSource messages,
			@Value("${deputyaction.publication.base-url:}") String baseUrl) {
		this.evaluations = evaluations;
		this.messages = messages;
		this.baseUrl = (baseUrl == null) ? "" : baseUrl.trim().replaceAll("/+$", "");
	}

	@PostMapping("/suggestions/{id}/evaluations")
	String start(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			EvaluationView view = this.evaluations.start(id, user);
			redirect.addFlashAttribute("message",
					this.messages.getMessage("evaluation.started", new Object[] { view.displayCode() }, locale));
			return "redirect:/evaluations/" + view.id();
		}
		catch (EvaluationRefused ex) {
			redirect.addFlashAttribute("errorMessage", this.messages.getMessage(ex.messageKey(), null, locale));
			return "redirect:/suggestions/" + id;
		}
	}

	@GetMapping("/evaluations/{id}")
	String presenter(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			Model model) {
		EvaluationView view = this.evaluations.get(id, user);
		String address = absolute(request, PublicEvaluationController.path(view.code()));
		model.addAttribute("evaluation", view);
		model.addAttribute("publicAddress", address);
		model.addAttribute("enterAddress", absolute(request, PublicEvaluationController.ENTER_PATH));
		model.addAttribute("qrCode", QrCodes.pngDataUri(address, 320));
		return VIEW_PRESENTER;
	}

	@PostMapping("/evaluations/{id}/close")
	String close(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		EvaluationView view = this.evaluations.close(id, user);
		redirect.addFlashAttribute("message", this.messages.getMessage("evaluation.closed",
				new Object[] { view.counts().satisfied(), view.counts().basically(), view.counts().unsatisfied() },
				locale));
		return "redirect:/evaluations/" + id;
	}

	private String absolute(HttpServletRequest request, String path) {
		if (!this.baseUrl.isEmpty()) {
			return this.baseUrl + path;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString();
	}

}
