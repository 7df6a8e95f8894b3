package org.deputyaction.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read models for the staff's landing pages: totals, one county's summary, a venue or a
 * unit with what their pages show. One statement each.
 */
public interface OrganizationOverview extends Repository<County, Long> {

	@Query("""
			select new org.deputyaction.organization.OrganizationTotals(count(c),
			  (select count(h) from Venue h where h.active = true
			     and h.kind = org.deputyaction.organization.VenueKind.DEPUTY_HOME),
			  (select count(s) from Venue s where s.active = true
			     and s.kind = org.deputyaction.organization.VenueKind.LIAISON_STATION),
			  (select count(g) from DeputyGroup g where g.active = true),
			  (select count(d) from Deputy d where d.active = true),
			  (select count(u) from HandlingUnit u where u.active = true))
			from County c where c.active = true
			""")
	OrganizationTotals totals();

	@Query("""
			select new org.deputyaction.organization.CountySummary(c.id, c.code, c.name,
			  (select count(t) from Township t where t.county = c and t.active = true),
			  (select count(h) from Venue h where h.county = c and h.active = true
			     and h.kind = org.deputyaction.organization.VenueKind.DEPUTY_HOME),
			  (select count(s) from Venue s where s.county = c and s.active = true
			     and s.kind = org.deputyaction.organization.VenueKind.LIAISON_STATION))
			from County c where c.id = :countyId
			""")
	Optional<CountySummary> countySummary(Long countyId);

	@Query("select v from Venue v join fetch v.township join fetch v.county where v.id = :venueId")
	Optional<Venue> venueWithPlace(Long venueId);

	@Query("""
			select u from HandlingUnit u left join fetch u.county left join fetch u.township left join fetch u.parent
			where u.id = :unitId
			""")
	Optional<HandlingUnit> unitWithPlace(Long unitId);

}
