package org.deputyaction.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.internal.VenueEditor;
import org.deputyaction.organization.internal.Editing;
import org.deputyaction.organization.internal.ListFilter;
import org.deputyaction.organization.internal.Option;
import org.deputyaction.organization.internal.OrganizationLists;
import org.deputyaction.organization.internal.VenueForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of deputy homes and liaison stations (one list with a kind filter),
 * within the user's county scope.
 */
@Controller
@RequestMapping("/organization/venues")
class VenuePagesController extends OrganizationPages<VenueForm> {

	private static final String VIEW_LIST = "organization/staff/venues";

	private static final String VIEW_FORM = "organization/staff/venue-form";

	private final OrganizationLists lists;

	private final VenueEditor editor;

	VenuePagesController(OrganizationLists lists, VenueEditor editor, MessageSource messages) {
		super(messages);
		this.lists = lists;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
		ListFilter filter = Filters.of(params);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.lists.choices(filter));
		addPage(model, this.lists.venues(filter), request);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initNew(@RequestParam(required = false) VenueKind kind, @RequestParam(required = false) String township,
			Model model) {
		VenueForm form = new VenueForm();
		form.setKind((kind != null) ? kind : VenueKind.LIAISON_STATION);
		form.setTownshipCode(township);
		return showNew(model, form);
	}

	@Override
	String path() {
		return "/organization/venues";
	}

	@Override
	String formView() {
		return VIEW_FORM;
	}

	@Override
	Editing<VenueForm> load(String code) {
		return this.editor.edit(code);
	}

	@Override
	String create(VenueForm form) {
		return this.editor.create(form);
	}

	@Override
	void update(String code, VenueForm form) {
		this.editor.update(code, form);
	}

	@Override
	boolean setActive(String code, Long version, boolean active) {
		return this.editor.setActive(code, version, active);
	}

	@Override
	void addChoices(Model model, VenueForm form) {
		model.addAttribute("townships", grouped(this.lists.townshipChoices()));
		model.addAttribute("kinds", VenueKind.values());
	}

	@Override
	void keepFixedFields(VenueForm form, VenueForm saved) {
		form.setKind(saved.getKind());
	}

	private static Map<String, List<Option>> grouped(List<Option> options) {
		Map<String, List<Option>> groups = new LinkedHashMap<>();
		for (Option option : options) {
			groups.computeIfAbsent(option.group(), (key) -> new java.util.ArrayList<>()).add(option);
		}
		return groups;
	}

}
