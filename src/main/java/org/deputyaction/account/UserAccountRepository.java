package org.deputyaction.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Accounts by user name.
 */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

	List<UserAccount> findByEnabledTrueAndRoleAndUnitIdIn(Role role, Collection<Long> unitIds);

	List<UserAccount> findByEnabledTrueAndRoleAndCountyId(Role role, Long countyId);

	List<UserAccount> findByEnabledTrueAndRoleAndVenueId(Role role, Long venueId);

	List<UserAccount> findByEnabledTrueAndRoleAndDeputyId(Role role, Long deputyId);

	List<UserAccount> findByEnabledTrueAndRole(Role role);

	List<UserAccount> findByEnabledTrueAndRoleAndCountyIdIn(Role role, Collection<Long> countyIds);

	List<UserAccount> findByEnabledTrueAndRoleAndVenueIdIn(Role role, Collection<Long> venueIds);

}
