package org.deputyaction.reception.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.deputyaction.reception.ReceptionRuleViolation;
import org.deputyaction.suggestion.LoopRuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A rule refused, or a change made by someone else first, that a form did not catch: the
 * reason in the user's language, never a server error.
 */
@ControllerAdvice(assignableTypes = { SessionPagesController.class, DutyRecordController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReceptionPagesAdvice {

	static final String VIEW_REFUSED = "reception/refused";

	private final MessageSource messages;

	ReceptionPagesAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ReceptionRuleViolation.class)
	String refused(ReceptionRuleViolation ex, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("errorMessage", ex.message(this.messages, locale));
		return VIEW_REFUSED;
	}

	@ExceptionHandler(LoopRuleViolation.class)
	String loopRefused(LoopRuleViolation ex, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("errorMessage", ex.message(this.messages, locale));
		return VIEW_REFUSED;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String changed(HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("errorMessage", this.messages.getMessage("reception.conflict", null, locale));
		return VIEW_REFUSED;
	}

}
