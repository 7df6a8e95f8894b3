package org.deputyaction.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Deputy groups by code and venue.
 */
public interface DeputyGroupRepository extends JpaRepository<DeputyGroup, Long> {

	Optional<DeputyGroup> findByCode(String code);

	List<DeputyGroup> findByVenueIdAndActiveTrueOrderByIdAsc(Long venueId);

}
