package org.deputyaction.organization;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read models of the organisation shaped for pages: one statement each.
 */
public interface OrganizationQueries extends Repository<County, Long> {

	@Query("""
			select new org.deputyaction.organization.CountySummary(c.id, c.code, c.name,
			  (select count(t) from Township t where t.county = c and t.active = true),
			  (select count(h) from Venue h where h.county = c and h.active = true
			     and h.kind = org.deputyaction.organization.VenueKind.DEPUTY_HOME),
			  (select count(s) from Venue s where s.county = c and s.active = true
			     and s.kind = org.deputyaction.organization.VenueKind.LIAISON_STATION))
			from County c where c.active = true
			  and c.prefecture.id = (select min(p.id) from Prefecture p) order by c.id
			""")
	List<CountySummary> countySummaries();

	@Query("""
			select v from Venue v join fetch v.township t
			where v.county.id = :countyId and v.active = true order by t.id, v.kind, v.id
			""")
	List<Venue> venuesOfCounty(Long countyId);

}
