package org.deputyaction.online.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.deputyaction.online.internal.ClientAddress;
import org.deputyaction.online.internal.IntakeLimits;
import org.deputyaction.online.internal.Refusal;
import org.deputyaction.suggestion.ProblemProgress;
import org.deputyaction.suggestion.ProblemTracking;
import org.deputyaction.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A voter follows the problem they raised at its stable public address. Without the right
 * key the page shows only the form to enter it, whether the number exists or not; wrong
 * keys are counted per address and throttled.
 */
@Controller
class TrackingController {

	static final String VIEW = "online/track";

	private final ProblemTracking tracking;

	private final IntakeLimits limits;

	TrackingController(ProblemTracking tracking, IntakeLimits limits) {
		this.tracking = tracking;
		this.limits = limits;
	}

	@GetMapping("/public/issues/{trackingNumber}")
	String show(@PathVariable String trackingNumber, @RequestParam(name = "key", required = false) String key,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String number = number(trackingNumber);
		if (key == null || key.isBlank()) {
			OnlineProblemController.noStore(response);
			model.addAttribute("trackingNumber", number);
			return VIEW;
		}
		return open(number, key, request, response, model);
	}

	@PostMapping("/public/issues/{trackingNumber}")
	String check(@PathVariable String trackingNumber, @RequestParam(name = "key", required = false) String key,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return open(number(trackingNumber), key, request, response, model);
	}

	private String open(String number, String key, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		OnlineProblemController.noStore(response);
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("trackingNumber", number);
		String address = ClientAddress.of(request);
		if (!this.limits.mayTryKey(address)) {
			long retryAfter = this.limits.retryAfterSeconds(Refusal.KEY_LIMIT, address, null);
			response.setStatus(Refusal.KEY_LIMIT.status());
			response.setHeader("Retry-After", Long.toString(retryAfter));
			model.addAttribute("refusal", Refusal.KEY_LIMIT);
			model.addAttribute("retryMinutes", Math.max(1, (retryAfter + 59) / 60));
			return VIEW;
		}
		Optional<ProblemProgress> progress = this.tracking.progress(number, key);
		if (progress.isEmpty()) {
			this.limits.wrongKey(address);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("wrongKey", true);
			return VIEW;
		}
		model.addAttribute("progress", progress.get());
		return VIEW;
	}

	private static String number(String trackingNumber) {
		String number = ProblemTracking.normalizeTrackingNumber(trackingNumber);
		if (number == null) {
			throw new NotFoundException();
		}
		return number;
	}

}
