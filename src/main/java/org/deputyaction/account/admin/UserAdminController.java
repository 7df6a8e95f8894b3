package org.deputyaction.account.admin;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.deputyaction.account.Role;
import org.deputyaction.account.admin.UserAdministration.Rejection;
import org.deputyaction.account.admin.UserAdministration.RejectedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's user pages: the list with search and filters, the create form, and
 * each account's page with its edit form, enable/disable, password reset and history.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String VIEW_LIST = "account/admin/users";

	private static final String VIEW_FORM = "account/admin/user-form";

	private final UserAdministration administration;

	private final MessageSource messages;

	UserAdminController(UserAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(name = "county", required = false) Long countyId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<UserRow> users = this.administration.search(q, role, countyId, page);
		model.addAttribute("users", users);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("county", countyId);
		model.addAttribute("roles", Role.values());
		model.addAttribute("counties", this.administration.counties());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new UserForm());
		return showForm(null, model);
	}

	@PostMapping
	String create(@Validated({ Default.class, UserForm.Creating.class }) @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.administration.create(form);
				redirect.addFlashAttribute("message", text("account.users.created", form.getUsername()));
				return "redirect:/admin/users/" + id;
			}
			catch (RejectedException ex) {
				reject(ex, result);
			}
		}
		form.setPassword(null);
		form.setPasswordRepeat(null);
		return showForm(null, model);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.administration.form(id));
		return showForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setUsername(this.administration.view(id).username());
		if (!result.hasErrors()) {
			try {
				this.administration.update(id, form);
				redirect.addFlashAttribute("message", text("account.users.saved", form.getUsername()));
				return "redirect:/admin/users/" + id;
			}
			catch (RejectedException ex) {
				reject(ex, result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("account.users.changedMeanwhile");
				form.setVersion(this.administration.view(id).version());
			}
		}
		return showForm(id, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.administration.setEnabled(id, version, enabled);
			redirect.addFlashAttribute("message", text(enabled ? "account.users.enabled" : "account.users.disabled",
					this.administration.view(id).username()));
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("problem", text(ex.rejections().get(0).code()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", text("account.users.changedMeanwhile"));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm passwordForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.resetPassword(id, passwordForm);
				redirect.addFlashAttribute("message",
						text("account.users.passwordReset", this.administration.view(id).username()));
				return "redirect:/admin/users/" + id;
			}
			catch (RejectedException ex) {
				reject(ex, result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("account.users.changedMeanwhile");
			}
		}
		passwordForm.setPassword(null);
		passwordForm.setPasswordRepeat(null);
		model.addAttribute("form", this.administration.form(id));
		return showForm(id, model);
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("counties", this.administration.counties());
		if (id != null) {
			UserAdministration.AccountView account = this.administration.view(id);
			model.addAttribute("account", account);
			if (!model.containsAttribute("passwordForm")) {
				PasswordForm passwordForm = new PasswordForm();
				passwordForm.setVersion(account.version());
				model.addAttribute("passwordForm", passwordForm);
			}
		}
		return VIEW_FORM;
	}

	private static void reject(RejectedException ex, BindingResult result) {
		for (Rejection rejection : ex.rejections()) {
			if (rejection.field() != null) {
				result.rejectValue(rejection.field(), rejection.code());
			}
			else {
				result.reject(rejection.code());
			}
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
