package org.deputyaction.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Handling units by code.
 */
public interface HandlingUnitRepository extends JpaRepository<HandlingUnit, Long> {

	Optional<HandlingUnit> findByCode(String code);

}
