package org.deputyaction.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a signed-in user changes their own password.
 */
@Controller
class PasswordChangeController {

	private static final String VIEW_PASSWORD = "account/password";

	private final OwnPassword ownPassword;

	private final MessageSource messages;

	PasswordChangeController(OwnPassword ownPassword, MessageSource messages) {
		this.ownPassword = ownPassword;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(@ModelAttribute("form") PasswordChangeForm form) {
		return VIEW_PASSWORD;
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			List<String[]> problems = this.ownPassword.change(form, request.getSession().getId());
			if (problems.isEmpty()) {
				request.changeSessionId();
				redirect.addFlashAttribute("message",
						this.messages.getMessage("account.password.changed", null, LocaleContextHolder.getLocale()));
				return "redirect:/account/password";
			}
			problems.forEach((problem) -> result.rejectValue(problem[0], problem[1]));
		}
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setNewPasswordRepeat(null);
		return VIEW_PASSWORD;
	}

}
