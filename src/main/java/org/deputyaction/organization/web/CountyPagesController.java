package org.deputyaction.organization.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.organization.internal.CountyEditor;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.ListFilter;
import org.deputyaction.organization.internal.OrganizationLists;
import org.deputyaction.organization.internal.CountyForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of counties: everyone on staff reads, the administrator and the
 * prefecture office edit.
 */
@Controller
@RequestMapping("/organization/counties")
class CountyPagesController extends OrganizationPages<CountyForm> {

	private static final String VIEW_LIST = "organization/staff/counties";

	private static final String VIEW_FORM = "organization/staff/county-form";

	private final OrganizationLists lists;

	private final CountyEditor editor;

	CountyPagesController(OrganizationLists lists, CountyEditor editor, MessageSource messages) {
		super(messages);
		this.lists = lists;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
		ListFilter filter = Filters.of(params);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.lists.choices(filter));
		addPage(model, this.lists.counties(filter), request);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initNew(Model model) {
		return showNew(model, this.editor.blank());
	}

	@Override
	void checkMayCreate() {
		this.editor.blank();
	}

	@Override
	String path() {
		return "/organization/counties";
	}

	@Override
	String formView() {
		return VIEW_FORM;
	}

	@Override
	Editing<CountyForm> load(String code) {
		return this.editor.edit(code);
	}

	@Override
	String create(CountyForm form) {
		return this.editor.create(form);
	}

	@Override
	void update(String code, CountyForm form) {
		this.editor.update(code, form);
	}

	@Override
	boolean setActive(String code, Long version, boolean active) {
		return this.editor.setActive(code, version, active);
	}

	@Override
	void addChoices(Model model, CountyForm form) {
		model.addAttribute("prefectures", this.lists.prefectureChoices());
	}

}
