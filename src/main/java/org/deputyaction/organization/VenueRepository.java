package org.deputyaction.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Deputy homes and liaison stations by code, county and township.
 */
public interface VenueRepository extends JpaRepository<Venue, Long> {

	@EntityGraph(attributePaths = { "township", "county", "home" })
	Optional<Venue> findByCodeAndKind(String code, VenueKind kind);

	Optional<Venue> findByCode(String code);

	List<Venue> findByCountyIdAndActiveTrueOrderByIdAsc(Long countyId);

	long countByKindAndActiveTrue(VenueKind kind);

	long countByCountyIdAndKindAndActiveTrue(Long countyId, VenueKind kind);

}
