package org.deputyaction.reception.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Sessions for the service's changes; lists and pages read through
 * {@link ReceptionQueries}.
 */
public interface ReceptionSessionRepository extends JpaRepository<ReceptionSession, Long> {

}
