package org.deputyaction.organization.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.internal.DeputyEditor;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.ListFilter;
import org.deputyaction.organization.internal.OrganizationLists;
import org.deputyaction.organization.internal.DeputyForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of deputies, within the user's county scope. Phone numbers show on the
 * edit form only.
 */
@Controller
@RequestMapping("/organization/deputies")
class DeputyPagesController extends OrganizationPages<DeputyForm> {

	private static final String VIEW_LIST = "organization/staff/deputies";

	private static final String VIEW_FORM = "organization/staff/deputy-form";

	private final OrganizationLists lists;

	private final DeputyEditor editor;

	DeputyPagesController(OrganizationLists lists, DeputyEditor editor, MessageSource messages) {
		super(messages);
		this.lists = lists;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
		ListFilter filter = Filters.of(params);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.lists.choices(filter));
		addPage(model, this.lists.deputies(filter), request);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initNew(@RequestParam(required = false) String venue, Model model) {
		DeputyForm form = new DeputyForm();
		form.setVenueCode(venue);
		return showNew(model, form);
	}

	@Override
	String path() {
		return "/organization/deputies";
	}

	@Override
	String formView() {
		return VIEW_FORM;
	}

	@Override
	Editing<DeputyForm> load(String code) {
		return this.editor.edit(code);
	}

	@Override
	String create(DeputyForm form) {
		return this.editor.create(form);
	}

	@Override
	void update(String code, DeputyForm form) {
		this.editor.update(code, form);
	}

	@Override
	boolean setActive(String code, Long version, boolean active) {
		return this.editor.setActive(code, version, active);
	}

	@Override
	void addChoices(Model model, DeputyForm form) {
		model.addAttribute("levels", AdministrativeLevel.values());
	}

}
