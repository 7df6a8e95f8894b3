package org.deputyaction.publication.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.organization.CountySummary;
import org.deputyaction.organization.OrganizationQueries;
import org.deputyaction.organization.Prefecture;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.publication.internal.CountyHeader;
import org.deputyaction.publication.internal.FigureQueries;
import org.deputyaction.publication.internal.Figures;
import org.deputyaction.publication.internal.ListFilter;
import org.deputyaction.publication.internal.ListKind;
import org.deputyaction.publication.internal.ListScope;
import org.deputyaction.publication.internal.PlaceQueries;
import org.deputyaction.publication.internal.PostingService;
import org.deputyaction.publication.internal.VenueHeader;
import org.deputyaction.system.NotFoundException;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages, no sign-in: the prefecture with each county's figures, a county and a
 * home or station with their figures and three lists. Addresses use codes, never ids.
 */
@Controller
@Transactional(readOnly = true)
class PublicListsController {

	static final String VIEW_PREFECTURE = "publication/prefecture";

	static final String VIEW_COUNTY = "publication/county";

	static final String VIEW_VENUE = "publication/venue";

	private final OrganizationQueries organization;

	private final PrefectureRepository prefectures;

	private final PlaceQueries places;

	private final FigureQueries figures;

	private final PostingService postings;

	private final ListModel lists;

	PublicListsController(OrganizationQueries organization, PrefectureRepository prefectures, PlaceQueries places,
			FigureQueries figures, PostingService postings, ListModel lists) {
		this.organization = organization;
		this.prefectures = prefectures;
		this.places = places;
		this.figures = figures;
		this.postings = postings;
		this.lists = lists;
	}

	@GetMapping("/")
	String prefecture(Model model) {
		List<CountySummary> summaries = this.organization.countySummaries();
		Prefecture prefecture = this.prefectures.findFirstByOrderByIdAsc().orElse(null);
		model.addAttribute("prefecture", prefecture);
		model.addAttribute("counties", summaries);
		model.addAttribute("homes", summaries.stream().mapToLong(CountySummary::homes).sum());
		model.addAttribute("stations", summaries.stream().mapToLong(CountySummary::stations).sum());
		if (prefecture != null) {
			model.addAttribute("figures", this.figures.prefecture(prefecture.getId()));
			Map<String, Figures> byCounty = this.figures.counties(prefecture.getId())
				.stream()
				.collect(Collectors.toMap(Figures::code, (f) -> f));
			model.addAttribute("countyFigures", byCounty);
		}
		else {
			model.addAttribute("countyFigures", Map.of());
		}
		return VIEW_PREFECTURE;
	}

	@GetMapping("/public/counties/{code}")
	String county(@PathVariable String code, @RequestParam(name = "list", required = false) String list,
			@ModelAttribute("filter") ListFilter filter, BindingResult binding, Model model) {
		CountyHeader county = this.places.county(code).orElseThrow(NotFoundException::new);
		Map<Township, List<Venue>> byTownship = this.organization.venuesOfCounty(county.id())
			.stream()
			.collect(Collectors.groupingBy(Venue::getTownship, java.util.LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("county", county);
		model.addAttribute("townships", byTownship);
		model.addAttribute("figures", this.figures.county(county.id()));
		this.lists.addList(model, ListScope.county(county.id()), list, filter, county.publicPath(), true);
		return VIEW_COUNTY;
	}

	@GetMapping("/public/{segment:stations|homes}/{code}")
	String venue(@PathVariable String segment, @PathVariable String code,
			@RequestParam(name = "list", required = false) String list, @ModelAttribute("filter") ListFilter filter,
			BindingResult binding, CsrfToken csrf, Model model) {
		VenueHeader venue = venue(this.places, segment, code);
		model.addAttribute("venue", venue);
		model.addAttribute("deputies", this.places.deputies(venue.id()));
		model.addAttribute("figures", this.figures.venue(venue.id()));
		model.addAttribute("postings", this.postings.postings(venue.id()));
		boolean mayPublish = PostingService.mayPublish(CurrentUser.get().orElse(null), venue);
		if (mayPublish && csrf != null) {
			// The publish form at the end of a long page needs the token (and its
			// session)
			// before the response starts.
			csrf.getToken();
		}
		model.addAttribute("mayPublish", mayPublish);
		this.lists.addList(model, ListScope.venue(venue.id()), list, filter, venue.publicPath(), false);
		return VIEW_VENUE;
	}

	static VenueHeader venue(PlaceQueries places, String segment, String code) {
		VenueKind kind = "homes".equals(segment) ? VenueKind.DEPUTY_HOME : VenueKind.LIAISON_STATION;
		return places.venue(code, kind).orElseThrow(NotFoundException::new);
	}

	static ListKind listKind(String list) {
		return ListKind.fromSlug((list != null) ? list : ListKind.SUGGESTIONS.slug()).orElse(ListKind.SUGGESTIONS);
	}

}
