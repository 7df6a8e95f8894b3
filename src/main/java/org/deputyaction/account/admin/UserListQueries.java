package org.deputyaction.account.admin;

import java.util.List;

import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The user list and the counts of the administrator's page, one statement each.
 */
interface UserListQueries extends Repository<UserAccount, Long> {

	@Query(value = """
			select new org.deputyaction.account.admin.UserRow(u.id, u.username, u.displayName, u.role, u.enabled,
			  c.name, v.name, h.name)
			from UserAccount u
			  left join org.deputyaction.organization.County c on c.id = u.countyId
			  left join org.deputyaction.organization.Venue v on v.id = u.venueId
			  left join org.deputyaction.organization.HandlingUnit h on h.id = u.unitId
			where (:pattern is null or lower(u.username) like :pattern or lower(u.displayName) like :pattern)
			  and (:role is null or u.role = :role)
			  and (:countyId is null or u.countyId = :countyId)
			order by lower(u.username)
			""", countQuery = """
			select count(u) from UserAccount u
			where (:pattern is null or lower(u.username) like :pattern or lower(u.displayName) like :pattern)
			  and (:role is null or u.role = :role)
			  and (:countyId is null or u.countyId = :countyId)
			""")
	Page<UserRow> search(String pattern, Role role, Long countyId, Pageable pageable);

	@Query("select new org.deputyaction.account.admin.RoleCount(u.role, count(u)) from UserAccount u group by u.role")
	List<RoleCount> countsByRole();

	@Query("select count(u) from UserAccount u where u.role = org.deputyaction.account.Role.ADMIN and u.enabled = true")
	long enabledAdministrators();

}
