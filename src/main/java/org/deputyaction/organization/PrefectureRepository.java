package org.deputyaction.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Prefectures by code.
 */
public interface PrefectureRepository extends JpaRepository<Prefecture, Long> {

	Optional<Prefecture> findByCode(String code);

	/** The prefecture this installation serves: the first one created. */
	Optional<Prefecture> findFirstByOrderByIdAsc();

}
