package org.deputyaction.organization.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.organization.internal.TownshipEditor;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.ListFilter;
import org.deputyaction.organization.internal.OrganizationLists;
import org.deputyaction.organization.internal.TownshipForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of townships, within the user's county scope.
 */
@Controller
@RequestMapping("/organization/townships")
class TownshipPagesController extends OrganizationPages<TownshipForm> {

	private static final String VIEW_LIST = "organization/staff/townships";

	private static final String VIEW_FORM = "organization/staff/township-form";

	private final OrganizationLists lists;

	private final TownshipEditor editor;

	TownshipPagesController(OrganizationLists lists, TownshipEditor editor, MessageSource messages) {
		super(messages);
		this.lists = lists;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
		ListFilter filter = Filters.of(params);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.lists.choices(filter));
		addPage(model, this.lists.townships(filter), request);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initNew(@RequestParam(required = false) String county, Model model) {
		TownshipForm form = new TownshipForm();
		form.setCountyCode(county);
		return showNew(model, form);
	}

	@Override
	String path() {
		return "/organization/townships";
	}

	@Override
	String formView() {
		return VIEW_FORM;
	}

	@Override
	Editing<TownshipForm> load(String code) {
		return this.editor.edit(code);
	}

	@Override
	String create(TownshipForm form) {
		return this.editor.create(form);
	}

	@Override
	void update(String code, TownshipForm form) {
		this.editor.update(code, form);
	}

	@Override
	boolean setActive(String code, Long version, boolean active) {
		return this.editor.setActive(code, version, active);
	}

	@Override
	void addChoices(Model model, TownshipForm form) {
		model.addAttribute("counties", this.lists.countyChoices());
	}

}
