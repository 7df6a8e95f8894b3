package org.deputyaction.notification.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.notification.Delivery;
import org.deputyaction.notification.InboxMessage;
import org.deputyaction.notification.InboxService;
import org.deputyaction.notification.InboxService.Preference;
import org.deputyaction.notification.InboxService.PreferenceChangedException;
import org.deputyaction.notification.InboxService.SavePreference;

import org.springframework.context.MessageSource;
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
 * The signed-in user's inbox, page by page, with marking read and the delivery
 * preferences.
 */
@Controller
class InboxController {

	private static final String VIEW_INBOX = "notification/inbox";

	private static final String VIEW_PREFERENCES = "notification/preferences";

	private final InboxService inbox;

	private final MessageSource messages;

	InboxController(InboxService inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("inboxPage", this.inbox.page(user, page));
		return VIEW_INBOX;
	}

	/** Marks the message read and opens its item (or goes back to the inbox). */
	@PostMapping("/inbox/{id}/open")
	String open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		InboxMessage message = this.inbox.markRead(id, user);
		return "redirect:" + ((message.link() != null) ? message.link() : "/inbox");
	}

	@PostMapping("/inbox/{id}/read")
	String read(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
		this.inbox.markRead(id, user);
		redirect.addFlashAttribute("message", this.messages.getMessage("notification.inbox.markedRead", null, locale));
		return "redirect:/inbox?page=" + Math.max(0, page);
	}

	@PostMapping("/inbox/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
		int count = this.inbox.markAllRead(user);
		redirect.addFlashAttribute("message",
				this.messages.getMessage("notification.inbox.allMarkedRead", new Object[] { count }, locale));
		return "redirect:/inbox";
	}

	@GetMapping("/inbox/preferences")
	String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			Preference preference = this.inbox.preference(user);
			PreferenceForm form = new PreferenceForm();
			form.setVersion(preference.version());
			form.setDelivery(preference.delivery());
			form.setEmail(preference.email());
			model.addAttribute("form", form);
		}
		model.addAttribute("deliveries", Delivery.values());
		return VIEW_PREFERENCES;
	}

	@PostMapping("/inbox/preferences")
	String savePreferences(@Valid @ModelAttribute("form") PreferenceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale) {
		if (!result.hasErrors()) {
			try {
				this.inbox.savePreference(new SavePreference(form.getVersion(), form.getDelivery(), form.getEmail()),
						user);
				redirect.addFlashAttribute("message",
						this.messages.getMessage("notification.preferences.saved", null, locale));
				return "redirect:/inbox/preferences";
			}
			catch (PreferenceChangedException ex) {
				model.addAttribute("conflict", true);
				form.setVersion(this.inbox.preference(user).version());
			}
		}
		model.addAttribute("deliveries", Delivery.values());
		return VIEW_PREFERENCES;
	}

}
