package org.deputyaction.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Counties by code, in a stable order.
 */
public interface CountyRepository extends JpaRepository<County, Long> {

	Optional<County> findByCode(String code);

	List<County> findByActiveTrueOrderByIdAsc();

}
