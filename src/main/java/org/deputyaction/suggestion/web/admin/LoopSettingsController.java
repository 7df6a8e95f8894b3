package org.deputyaction.suggestion.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AdminCommands.UpdateLoopSettings;
import org.deputyaction.suggestion.AttachmentType;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.DeadlineCounting;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the loop's numbers: due dates, windows, the cap, how days
 * are counted, the attachment limits and how often the three lists are posted.
 */
@Controller
@RequestMapping("/admin/loop-settings")
class LoopSettingsController {

	static final String VIEW_SETTINGS = "suggestion/admin/loop-settings";

	private final LoopSettingsService settings;

	private final MessageSource messages;

	LoopSettingsController(LoopSettingsService settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("settingsForm", SettingsForm.of(this.settings.current()));
		return page(model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.settings.update(new UpdateLoopSettings(form.getVersion(), form.rules(),
						form.getMaxAttachmentKb() * 1024, form.getAllowedTypes(), form.getPostingIntervalMonths()),
						user);
				redirect.addFlashAttribute("message",
						this.messages.getMessage("loopunit.settings.saved", null, LocaleContextHolder.getLocale()));
				return "redirect:/admin/loop-settings";
			}
			catch (ConcurrentChangeException ex) {
				result.reject("loopunit.conflict");
				form.setVersion(ex.actualVersion());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return page(model);
	}

	private String page(Model model) {
		LoopSettings current = this.settings.current();
		model.addAttribute("current", current);
		model.addAttribute("countings", DeadlineCounting.values());
		model.addAttribute("types", AttachmentType.values());
		model.addAttribute("zone", TimeConfiguration.ZONE);
		return VIEW_SETTINGS;
	}

}
