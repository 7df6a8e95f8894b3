package org.deputyaction.suggestion.internal;

import java.util.Optional;

import org.deputyaction.suggestion.LoopSettings;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The single settings row.
 */
public interface LoopSettingsRepository extends JpaRepository<LoopSettings, Long> {

	Optional<LoopSettings> findBySingletonTrue();

}
