package org.deputyaction.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Deputies by code and by the venue they are registered at.
 */
public interface DeputyRepository extends JpaRepository<Deputy, Long> {

	Optional<Deputy> findByCode(String code);

	List<Deputy> findByVenueIdAndActiveTrueOrderByIdAsc(Long venueId);

}
