package org.deputyaction.organization.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.organization.internal.GroupEditor;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.ListFilter;
import org.deputyaction.organization.internal.OrganizationLists;
import org.deputyaction.organization.internal.GroupForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of deputy groups, within the user's county scope.
 */
@Controller
@RequestMapping("/organization/groups")
class GroupPagesController extends OrganizationPages<GroupForm> {

	private static final String VIEW_LIST = "organization/staff/groups";

	private static final String VIEW_FORM = "organization/staff/group-form";

	private final OrganizationLists lists;

	private final GroupEditor editor;

	GroupPagesController(OrganizationLists lists, GroupEditor editor, MessageSource messages) {
		super(messages);
		this.lists = lists;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
		ListFilter filter = Filters.of(params);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.lists.choices(filter));
		addPage(model, this.lists.groups(filter), request);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initNew(@RequestParam(required = false) String venue, Model model) {
		GroupForm form = new GroupForm();
		form.setVenueCode(venue);
		return showNew(model, form);
	}

	@Override
	String path() {
		return "/organization/groups";
	}

	@Override
	String formView() {
		return VIEW_FORM;
	}

	@Override
	Editing<GroupForm> load(String code) {
		return this.editor.edit(code);
	}

	@Override
	String create(GroupForm form) {
		return this.editor.create(form);
	}

	@Override
	void update(String code, GroupForm form) {
		this.editor.update(code, form);
	}

	@Override
	boolean setActive(String code, Long version, boolean active) {
		return this.editor.setActive(code, version, active);
	}

	@Override
	void addChoices(Model model, GroupForm form) {
		// The venue is chosen by its code.
	}

}
