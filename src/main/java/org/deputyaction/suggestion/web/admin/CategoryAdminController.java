package org.deputyaction.suggestion.web.admin;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AdminCommands.CreateCategory;
import org.deputyaction.suggestion.AdminCommands.UpdateCategory;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.CategoryService.CategoryNode;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.SuggestionCategory;
import org.deputyaction.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The administrator's two-level list of suggestion categories: add, rename, reorder,
 * deactivate and reactivate. Categories are never deleted, since items use them.
 */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController {

	static final String VIEW_LIST = "suggestion/admin/categories";

	static final String VIEW_FORM = "suggestion/admin/category-form";

	private final CategoryService categories;

	private final MessageSource messages;

	CategoryAdminController(CategoryService categories, MessageSource messages) {
		this.categories = categories;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categoryForm", new CategoryForm());
		return listPage(model);
	}

	@PostMapping
	String create(
			@Validated({ Default.class,
					CategoryForm.Creating.class }) @ModelAttribute("categoryForm") CategoryForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				SuggestionCategory created = this.categories.create(
						new CreateCategory(form.getParentId(), form.getCode(), form.getName(), form.getSortOrder()),
						user);
				redirect.addFlashAttribute("message", text("loopunit.categories.created", created.getName()));
				return "redirect:/admin/categories";
			}
			catch (LoopRuleViolation ex) {
				String message = ex.message(this.messages, LocaleContextHolder.getLocale());
				result.reject("loopunit.ruleViolation", new Object[] { message }, message);
			}
		}
		return listPage(model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		CategoryNode node = find(id);
		CategoryForm form = new CategoryForm();
		form.setVersion(node.version());
		form.setName(node.name());
		form.setSortOrder(node.sortOrder());
		form.setActive(node.active());
		model.addAttribute("categoryForm", form);
		return formPage(node, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Validated @ModelAttribute("categoryForm") CategoryForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CategoryNode node = find(id);
		if (!result.hasErrors()) {
			try {
				this.categories.update(
						new UpdateCategory(id, form.getVersion(), form.getName(), form.getSortOrder(), form.isActive()),
						user);
				redirect.addFlashAttribute("message", text("loopunit.categories.saved", form.getName().strip()));
				return "redirect:/admin/categories";
			}
			catch (ConcurrentChangeException ex) {
				result.reject("loopunit.conflict");
				form.setVersion(ex.actualVersion());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return formPage(node, model);
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable Long id, @RequestParam long version, @RequestParam boolean active,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		CategoryNode node = find(id);
		try {
			this.categories.update(new UpdateCategory(id, version, node.name(), node.sortOrder(), active), user);
			redirect.addFlashAttribute("message",
					text(active ? "loopunit.categories.activated" : "loopunit.categories.deactivated", node.name()));
		}
		catch (ConcurrentChangeException ex) {
			redirect.addFlashAttribute("problem", text("loopunit.conflict"));
		}
		return "redirect:/admin/categories";
	}

	private CategoryNode find(Long id) {
		return this.categories.tree(false)
			.stream()
			.flatMap((top) -> Stream.concat(Stream.of(top), top.children().stream()))
			.filter((c) -> Objects.equals(c.id(), id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private String listPage(Model model) {
		List<CategoryNode> tree = this.categories.tree(false);
		model.addAttribute("tree", tree);
		return VIEW_LIST;
	}

	private String formPage(CategoryNode node, Model model) {
		model.addAttribute("category", node);
		return VIEW_FORM;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
