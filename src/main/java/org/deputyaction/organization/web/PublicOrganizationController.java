package org.deputyaction.organization.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyaction.organization.County;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.CountySummary;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.OrganizationQueries;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public face of the organisation: the prefecture's counties, a county's townships
 * with their homes and stations, and a venue's details. No sign-in, no personal data.
 */
@Controller
@Transactional(readOnly = true)
class PublicOrganizationController {

	private static final String VIEW_PREFECTURE = "organization/public-prefecture";

	private static final String VIEW_COUNTY = "organization/public-county";

	private static final String VIEW_VENUE = "organization/public-venue";

	private final OrganizationQueries queries;

	private final PrefectureRepository prefectures;

	private final CountyRepository counties;

	private final VenueRepository venues;

	private final DeputyRepository deputies;

	PublicOrganizationController(OrganizationQueries queries, PrefectureRepository prefectures,
			CountyRepository counties, VenueRepository venues, DeputyRepository deputies) {
		this.queries = queries;
		this.prefectures = prefectures;
		this.counties = counties;
		this.venues = venues;
		this.deputies = deputies;
	}

	@GetMapping("/")
	String prefecture(Model model) {
		List<CountySummary> summaries = this.queries.countySummaries();
		model.addAttribute("prefecture", this.prefectures.findFirstByOrderByIdAsc().orElse(null));
		model.addAttribute("counties", summaries);
		model.addAttribute("homes", summaries.stream().mapToLong(CountySummary::homes).sum());
		model.addAttribute("stations", summaries.stream().mapToLong(CountySummary::stations).sum());
		return VIEW_PREFECTURE;
	}

	@GetMapping("/public/counties/{code}")
	String county(@PathVariable String code, Model model) {
		County county = this.counties.findByCode(code).filter(County::isActive).orElseThrow(NotFoundException::new);
		Map<Township, List<Venue>> byTownship = this.queries.venuesOfCounty(county.getId())
			.stream()
			.collect(Collectors.groupingBy(Venue::getTownship, java.util.LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("county", county);
		model.addAttribute("townships", byTownship);
		return VIEW_COUNTY;
	}

	@GetMapping("/public/stations/{code}")
	String station(@PathVariable String code, Model model) {
		return venue(code, VenueKind.LIAISON_STATION, model);
	}

	@GetMapping("/public/homes/{code}")
	String home(@PathVariable String code, Model model) {
		return venue(code, VenueKind.DEPUTY_HOME, model);
	}

	private String venue(String code, VenueKind kind, Model model) {
		Venue venue = this.venues.findByCodeAndKind(code, kind)
			.filter(Venue::isActive)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("venue", venue);
		model.addAttribute("deputies", this.deputies.findByVenueIdAndActiveTrueOrderByIdAsc(venue.getId()));
		return VIEW_VENUE;
	}

}
