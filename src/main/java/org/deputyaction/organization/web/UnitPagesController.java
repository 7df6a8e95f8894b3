package org.deputyaction.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.internal.UnitEditor;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.ListFilter;
import org.deputyaction.organization.internal.Option;
import org.deputyaction.organization.internal.OrganizationLists;
import org.deputyaction.organization.internal.UnitForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of handling units: county staff edit their county's units and read
 * prefecture-level ones.
 */
@Controller
@RequestMapping("/organization/units")
class UnitPagesController extends OrganizationPages<UnitForm> {

	private static final String VIEW_LIST = "organization/staff/units";

	private static final String VIEW_FORM = "organization/staff/unit-form";

	private final OrganizationLists lists;

	private final UnitEditor editor;

	UnitPagesController(OrganizationLists lists, UnitEditor editor, MessageSource messages) {
		super(messages);
		this.lists = lists;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
		ListFilter filter = Filters.of(params);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.lists.choices(filter));
		addPage(model, this.lists.units(filter), request);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initNew(Model model) {
		return showNew(model, new UnitForm());
	}

	@Override
	String path() {
		return "/organization/units";
	}

	@Override
	String formView() {
		return VIEW_FORM;
	}

	@Override
	Editing<UnitForm> load(String code) {
		return this.editor.edit(code);
	}

	@Override
	String create(UnitForm form) {
		return this.editor.create(form);
	}

	@Override
	void update(String code, UnitForm form) {
		this.editor.update(code, form);
	}

	@Override
	boolean setActive(String code, Long version, boolean active) {
		return this.editor.setActive(code, version, active);
	}

	@Override
	void addChoices(Model model, UnitForm form) {
		model.addAttribute("levels", AdministrativeLevel.values());
		model.addAttribute("counties", this.lists.countyChoices());
		model.addAttribute("townships", grouped(this.lists.townshipChoices()));
	}

	private static Map<String, List<Option>> grouped(List<Option> options) {
		Map<String, List<Option>> groups = new LinkedHashMap<>();
		for (Option option : options) {
			groups.computeIfAbsent(option.group(), (key) -> new java.util.ArrayList<>()).add(option);
		}
		return groups;
	}

}
