package org.deputyaction.evaluation.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.deputyaction.evaluation.OnSiteEvaluationService;
import org.deputyaction.evaluation.PublicEvaluation;
import org.deputyaction.evaluation.RatingOutcome;
import org.deputyaction.evaluation.WrongCodeException;
import org.deputyaction.evaluation.internal.EvaluationCodes;
import org.deputyaction.suggestion.Satisfaction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voters' pages, no sign-in: enter a code (or scan it), read the item's title and the
 * summary of its reply, and rate it once from this device. The device is known by a long
 * random cookie, HttpOnly and SameSite, of which only a hash is stored.
 */
@Controller
class PublicEvaluationController {

	static final String VIEW_ENTER = "evaluation/enter";

	static final String VIEW_EVALUATE = "evaluation/evaluate";

	static final String ENTER_PATH = "/public/evaluate";

	static final String DEVICE_COOKIE = "evaluation-device";

	private static final Duration DEVICE_COOKIE_AGE = Duration.ofDays(365);

	private final OnSiteEvaluationService evaluations;

	private final boolean secureCookies;

	PublicEvaluationController(OnSiteEvaluationService evaluations,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
		this.evaluations = evaluations;
		this.secureCookies = secureCookies;
	}

	static String path(String code) {
		return ENTER_PATH + "/" + code;
	}

	@GetMapping(ENTER_PATH)
	String enter(@RequestParam(name = "code", required = false) String code, Model model,
			HttpServletResponse response) {
		if (code != null) {
			String normalized = EvaluationCodes.normalize(code);
			if (normalized != null) {
				return "redirect:" + path(normalized);
			}
			model.addAttribute("code", code);
			model.addAttribute("errorKey", "evaluation.public.notACode");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return VIEW_ENTER;
	}

	@GetMapping(ENTER_PATH + "/{code}")
	String show(@PathVariable String code, @CookieValue(name = DEVICE_COOKIE, required = false) String device,
			HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model) {
		String token = device(device, response);
		try {
			PublicEvaluation evaluation = this.evaluations.forVoter(code, token, request.getRemoteAddr());
			model.addAttribute("evaluation", evaluation);
			model.addAttribute("choices", Satisfaction.values());
			if (csrf != null) {
				// the rating form needs the token (and its session) before the response
				// starts
				csrf.getToken();
			}
			return VIEW_EVALUATE;
		}
		catch (WrongCodeException ex) {
			return wrongCode(ex, code, model, response);
		}
	}

	@PostMapping(ENTER_PATH + "/{code}")
	String rate(@PathVariable String code, @RequestParam(name = "satisfaction", required = false) String choice,
			@CookieValue(name = DEVICE_COOKIE, required = false) String device, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Satisfaction satisfaction = satisfaction(choice);
		String normalized = EvaluationCodes.normalize(code);
		String target = "redirect:" + ((normalized != null) ? path(normalized) : ENTER_PATH);
		if (satisfaction == null) {
			redirect.addFlashAttribute("chooseOne", true);
			return target;
		}
		// A browser that came without the cookie gets one now, so that trying again
		// works.
		device(device, response);
		try {
			RatingOutcome outcome = this.evaluations.rate(code, satisfaction, device, request.getRemoteAddr());
			redirect.addFlashAttribute("outcome", outcome);
			return target;
		}
		catch (WrongCodeException ex) {
			return wrongCode(ex, code, model, response);
		}
	}

	private String wrongCode(WrongCodeException ex, String code, Model model, HttpServletResponse response) {
		model.addAttribute("code", code);
		if (ex.throttled()) {
			model.addAttribute("errorKey", "evaluation.public.tooManyWrongCodes");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		else {
			model.addAttribute("errorKey", "evaluation.public.unknownCode");
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return VIEW_ENTER;
	}

	private String device(String current, HttpServletResponse response) {
		if (EvaluationCodes.isDeviceToken(current)) {
			return current;
		}
		String token = EvaluationCodes.newDeviceToken();
		ResponseCookie cookie = ResponseCookie.from(DEVICE_COOKIE, token)
			.httpOnly(true)
			.secure(this.secureCookies)
			.sameSite("Lax")
			.path(ENTER_PATH)
			.maxAge(DEVICE_COOKIE_AGE)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return token;
	}

	private static Satisfaction satisfaction(String choice) {
		if (choice == null) {
			return null;
		}
		for (Satisfaction satisfaction : Satisfaction.values()) {
			if (satisfaction.name().equals(choice)) {
				return satisfaction;
			}
		}
		return null;
	}

}
