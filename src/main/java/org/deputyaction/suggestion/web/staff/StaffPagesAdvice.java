package org.deputyaction.suggestion.web.staff;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.LoopRuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page of the loop shares: only county staff and the prefecture office
 * reach them (deputies and units have pages of their own), and a rule the loop refuses
 * that a form did not catch is shown in the user's language, never as a server error.
 */
@ControllerAdvice(
		assignableTypes = { WorkQueueController.class, ProblemPagesController.class, SuggestionPagesController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffPagesAdvice {

	static final String VIEW_REFUSED = "suggestion/staff/refused";

	private final MessageSource messages;

	StaffPagesAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute
	void requireStaff() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
		if (!isStaff(user)) {
			throw new AccessDeniedException("loop staff pages");
		}
	}

	@ExceptionHandler(LoopRuleViolation.class)
	String refused(LoopRuleViolation ex, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("errorMessage", ex.message(this.messages, locale));
		return VIEW_REFUSED;
	}

	@ExceptionHandler(ConcurrentChangeException.class)
	String changed(HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("errorMessage",
				this.messages.getMessage(ConcurrentChangeException.MESSAGE_KEY, null, locale));
		return VIEW_REFUSED;
	}

	static boolean isStaff(CurrentUser user) {
		return user.is(Role.COUNTY_STAFF) || user.is(Role.PREFECTURE_OFFICE);
	}

}
