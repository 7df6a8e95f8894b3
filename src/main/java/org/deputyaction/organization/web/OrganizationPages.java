package org.deputyaction.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.groups.Default;
import org.deputyaction.organization.internal.CodedForm;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.EditConflictException;
import org.deputyaction.organization.internal.InvalidEditException;
import org.deputyaction.organization.internal.ListPage;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The create, edit, deactivate and reactivate flow every organisation page shares. The
 * edit form carries the version it was opened at; when someone else saved first, the form
 * is shown again with the user's input, the saved values beside it and a clear message.
 *
 * @param <F> the form of the record
 */
abstract class OrganizationPages<F extends CodedForm> {

	static final String FORM = "form";

	private final MessageSource messages;

	OrganizationPages(MessageSource messages) {
		this.messages = messages;
	}

	/** Where the pages of this kind of record live, e.g. {@code /organization/venues}. */
	abstract String path();

	abstract String formView();

	abstract Editing<F> load(String code);

	abstract String create(F form);

	abstract void update(String code, F form);

	abstract boolean setActive(String code, Long version, boolean active);

	/** Adds the choices of the form's selects. */
	abstract void addChoices(Model model, F form);

	@InitBinder(FORM)
	void trimInput(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	String showNew(Model model, F form) {
		model.addAttribute(FORM, form);
		model.addAttribute("isNew", true);
		model.addAttribute("editable", true);
		model.addAttribute("active", true);
		addChoices(model, form);
		return formView();
	}

	@PostMapping("/new")
	String processNew(@Validated({ Default.class, CodedForm.OnCreate.class }) @ModelAttribute(FORM) F form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		checkMayCreate();
		if (save(result, () -> create(form)) == Outcome.SAVED) {
			redirect.addFlashAttribute("message", text("organization.flash.created", form.getCode()));
			return "redirect:" + path() + "/" + form.getCode() + "/edit";
		}
		return showNew(model, form);
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		Editing<F> editing = load(code);
		model.addAttribute(FORM, editing.form());
		return showEdit(model, editing, editing.form());
	}

	@PostMapping("/{code}/edit")
	String processEdit(@PathVariable String code, @Validated @ModelAttribute(FORM) F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Editing<F> before = load(code);
		if (!before.editable()) {
			throw new AccessDeniedException("read-only for this user");
		}
		form.setCode(before.form().getCode());
		keepFixedFields(form, before.form());
		Outcome outcome = save(result, () -> update(code, form));
		if (outcome == Outcome.SAVED) {
			redirect.addFlashAttribute("message", text("organization.flash.saved", form.getCode()));
			return "redirect:" + path() + "/" + form.getCode() + "/edit";
		}
		Editing<F> now = before;
		if (outcome == Outcome.CONFLICT) {
			now = load(code);
			model.addAttribute("current", now.form());
			form.setVersion(now.form().getVersion());
		}
		return showEdit(model, now, form);
	}

	@PostMapping("/{code}/deactivate")
	String deactivate(@PathVariable String code, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return activation(code, version, false, redirect);
	}

	@PostMapping("/{code}/reactivate")
	String reactivate(@PathVariable String code, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return activation(code, version, true, redirect);
	}

	/**
	 * Refuses users who may not create this kind of record at all.
	 */
	void checkMayCreate() {
	}

	/**
	 * Copies what the form may not change (e.g. a venue's kind) from the saved record.
	 */
	void keepFixedFields(F form, F saved) {
	}

	private String activation(String code, Long version, boolean active, RedirectAttributes redirect) {
		try {
			setActive(code, version, active);
			redirect.addFlashAttribute("message",
					text(active ? "organization.flash.reactivated" : "organization.flash.deactivated", code));
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("errorMessage", text("organization.form.conflict"));
		}
		return "redirect:" + path() + "/" + code + "/edit";
	}

	private String showEdit(Model model, Editing<F> editing, F form) {
		model.addAttribute("isNew", false);
		model.addAttribute("editable", editing.editable());
		model.addAttribute("active", editing.active());
		model.addAttribute("changes", editing.changes());
		addChoices(model, form);
		return formView();
	}

	private Outcome save(BindingResult result, Runnable action) {
		if (result.hasErrors()) {
			return Outcome.INVALID;
		}
		try {
			action.run();
			return Outcome.SAVED;
		}
		catch (InvalidEditException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return Outcome.INVALID;
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			result.reject("organization.form.conflict");
			return Outcome.CONFLICT;
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("code", "organization.form.codeTaken");
			return Outcome.INVALID;
		}
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * Puts a list page and the addresses of its neighbours, with the same filters, in the
	 * model.
	 */
	static void addPage(Model model, ListPage<?> page, HttpServletRequest request) {
		model.addAttribute("page", page);
		model.addAttribute("previousUrl", page.hasPrevious() ? pageUrl(request, page.page() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? pageUrl(request, page.page() + 1) : null);
	}

	private static String pageUrl(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

	private enum Outcome {

		SAVED, INVALID, CONFLICT

	}

}
