package org.deputyaction.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Townships by code and by county.
 */
public interface TownshipRepository extends JpaRepository<Township, Long> {

	Optional<Township> findByCode(String code);

	List<Township> findByCountyIdAndActiveTrueOrderByIdAsc(Long countyId);

}
