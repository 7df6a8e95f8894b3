package org.deputyaction.account;

import java.util.List;
import java.util.Optional;

/**
 * What accounts may be bound to: counties, venues, deputies and handling units. The
 * organisation module answers; accounts keep only the ids.
 */
public interface ScopeDirectory {

	List<ScopeTarget> activeCounties();

	Optional<ScopeTarget> county(Long id);

	Optional<ScopeTarget> venue(Long id);

	Optional<ScopeTarget> venue(String code);

	Optional<ScopeTarget> deputy(Long id);

	Optional<ScopeTarget> deputy(String code);

	Optional<ScopeTarget> unit(Long id);

	Optional<ScopeTarget> unit(String code);

	/**
	 * One county, venue, deputy or unit: its id, code, name, active flag, the county it
	 * belongs to (none for prefecture-level units) and, for a deputy, the venue where the
	 * deputy is registered.
	 */
	record ScopeTarget(Long id, String code, String name, boolean active, Long countyId, Long venueId) {

	}

}
