package org.deputyaction.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Accounts by user name.
 */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

}
