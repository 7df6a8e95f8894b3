package org.deputyaction.publication.web;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.publication.internal.DeputyTasks;
import org.deputyaction.publication.internal.ListFilter;
import org.deputyaction.publication.internal.ListScope;
import org.deputyaction.publication.internal.PlaceQueries;
import org.deputyaction.publication.internal.PostingService;
import org.deputyaction.publication.internal.VenueHeader;
import org.deputyaction.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deputy's view of their own station: the three lists with the items not made public
 * (marked), the station's postings, and what awaits the deputy.
 */
@Controller
@Transactional(readOnly = true)
class MyStationListsController {

	static final String VIEW_LISTS = "publication/my-station-lists";

	private final PlaceQueries places;

	private final PostingService postings;

	private final DeputyTasks tasks;

	private final ListModel lists;

	MyStationListsController(PlaceQueries places, PostingService postings, DeputyTasks tasks, ListModel lists) {
		this.places = places;
		this.postings = postings;
		this.tasks = tasks;
		this.lists = lists;
	}

	@GetMapping("/my-station/lists")
	String lists(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "list", required = false) String list,
			@ModelAttribute("filter") ListFilter filter, BindingResult binding, Model model) {
		if (user == null || !user.is(Role.DEPUTY)) {
			throw new AccessDeniedException("deputies only");
		}
		if (user.venueId() == null) {
			throw new NotFoundException();
		}
		VenueHeader venue = this.places.venue(user.venueId()).orElseThrow(NotFoundException::new);
		model.addAttribute("venue", venue);
		model.addAttribute("postings", this.postings.postings(venue.id()));
		model.addAttribute("tasks", this.tasks.of(user.deputyId()));
		this.lists.addList(model, ListScope.venue(venue.id()).withNonPublic(), list, filter, "/my-station/lists",
				false);
		return VIEW_LISTS;
	}

}
