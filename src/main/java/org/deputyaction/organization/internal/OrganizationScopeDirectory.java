package org.deputyaction.organization.internal;

import java.util.List;
import java.util.Optional;

import org.deputyaction.account.ScopeDirectory;
import org.deputyaction.organization.County;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the account module's questions about what an account may be bound to.
 */
@Component
@Transactional(readOnly = true)
class OrganizationScopeDirectory implements ScopeDirectory {

	private final CountyRepository counties;

	private final VenueRepository venues;

	private final DeputyRepository deputies;

	private final HandlingUnitRepository units;

	OrganizationScopeDirectory(CountyRepository counties, VenueRepository venues, DeputyRepository deputies,
			HandlingUnitRepository units) {
		this.counties = counties;
		this.venues = venues;
		this.deputies = deputies;
		this.units = units;
	}

	@Override
	public List<ScopeTarget> activeCounties() {
		return this.counties.findByActiveTrueOrderByIdAsc().stream().map(OrganizationScopeDirectory::of).toList();
	}

	@Override
	public Optional<ScopeTarget> county(Long id) {
		return this.counties.findById(id).map(OrganizationScopeDirectory::of);
	}

	@Override
	public Optional<ScopeTarget> venue(Long id) {
		return this.venues.findById(id).map(OrganizationScopeDirectory::of);
	}

	@Override
	public Optional<ScopeTarget> venue(String code) {
		return this.venues.findByCode(code).map(OrganizationScopeDirectory::of);
	}

	@Override
	public Optional<ScopeTarget> deputy(Long id) {
		return this.deputies.findById(id).map(OrganizationScopeDirectory::of);
	}

	@Override
	public Optional<ScopeTarget> deputy(String code) {
		return this.deputies.findByCode(code).map(OrganizationScopeDirectory::of);
	}

	@Override
	public Optional<ScopeTarget> unit(Long id) {
		return this.units.findById(id).map(OrganizationScopeDirectory::of);
	}

	@Override
	public Optional<ScopeTarget> unit(String code) {
		return this.units.findByCode(code).map(OrganizationScopeDirectory::of);
	}

	private static ScopeTarget of(County county) {
		return new ScopeTarget(county.getId(), county.getCode(), county.getName(), county.isActive(), county.getId(),
				null);
	}

	private static ScopeTarget of(Venue venue) {
		return new ScopeTarget(venue.getId(), venue.getCode(), venue.getName(), venue.isActive(),
				venue.getCounty().getId(), venue.getId());
	}

	private static ScopeTarget of(Deputy deputy) {
		return new ScopeTarget(deputy.getId(), deputy.getCode(), deputy.getName(), deputy.isActive(),
				deputy.getCounty().getId(), deputy.getVenue().getId());
	}

	private static ScopeTarget of(HandlingUnit unit) {
		return new ScopeTarget(unit.getId(), unit.getCode(), unit.getName(), unit.isActive(),
				(unit.getCounty() != null) ? unit.getCounty().getId() : null, null);
	}

}
