package org.deputyaction.organization.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditEntry;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.County;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.system.BaseEntity;
import org.deputyaction.system.NotFoundException;

/**
 * What the organisation editors share: finding records by code, scope, the version check
 * and the change log.
 */
abstract class EditorSupport {

	/** How many of a record's latest changes its edit page shows. */
	static final int RECENT_CHANGES = 10;

	protected final EntityManager entityManager;

	protected final OrganizationScope scope;

	protected final AuditLog audit;

	EditorSupport(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		this.entityManager = entityManager;
		this.scope = scope;
		this.audit = audit;
	}

	/**
	 * The record with the code, fetched with what the query joins, or 404.
	 */
	protected <T> T find(String jpql, String code, Class<T> type) {
		List<T> found = this.entityManager.createQuery(jpql, type).setParameter("code", code).getResultList();
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		return found.get(0);
	}

	/**
	 * The record with the code, or {@code null} when there is none.
	 */
	protected <T> T findOrNull(String jpql, String code, Class<T> type) {
		if (code == null) {
			return null;
		}
		List<T> found = this.entityManager.createQuery(jpql, type).setParameter("code", code).getResultList();
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Refuses a code another record of the same kind already has.
	 */
	protected void requireFreeCode(Class<?> type, String code) {
		Long count = this.entityManager
			.createQuery("select count(e) from " + type.getSimpleName() + " e where e.code = :code", Long.class)
			.setParameter("code", code)
			.getSingleResult();
		if (count > 0) {
			throw new InvalidEditException("code", "organization.form.codeTaken");
		}
	}

	/**
	 * Refuses a form opened at another version than the record's.
	 */
	protected void requireVersion(BaseEntity entity, Long version) {
		if (version == null || entity.getVersion() != version) {
			throw new EditConflictException();
		}
	}

	/**
	 * A township the user may place records in, chosen by code on the form's field.
	 * Unknown codes are a field error; another county's answer 404.
	 */
	protected Township township(CurrentUser user, String code, String field) {
		Township township = findOrNull("select t from Township t join fetch t.county where t.code = :code", code,
				Township.class);
		if (township == null) {
			throw new InvalidEditException(field, "organization.form.unknownCode");
		}
		this.scope.requireEditable(user, township.getCounty().getId());
		return township;
	}

	/**
	 * A county the user may place records in, chosen by code.
	 */
	protected County county(CurrentUser user, String code, String field) {
		County county = findOrNull("select c from County c where c.code = :code", code, County.class);
		if (county == null) {
			throw new InvalidEditException(field, "organization.form.unknownCode");
		}
		this.scope.requireEditable(user, county.getId());
		return county;
	}

	/**
	 * A venue the user may place records in, chosen by code.
	 */
	protected Venue venue(CurrentUser user, String code, String field) {
		Venue venue = findOrNull("select v from Venue v join fetch v.county where v.code = :code", code, Venue.class);
		if (venue == null) {
			throw new InvalidEditException(field, "organization.form.unknownCode");
		}
		this.scope.requireEditable(user, venue.getCounty().getId());
		return venue;
	}

	protected void recordCreated(String entityType, String code, Changes changes) {
		this.audit.record(entityType, code, AuditLog.CREATED, changes.toString());
	}

	protected void recordUpdated(String entityType, String code, Changes changes) {
		if (!changes.isEmpty()) {
			this.audit.record(entityType, code, AuditLog.UPDATED, changes.toString());
		}
	}

	/**
	 * Switches a record's active flag and records it, if it changes.
	 * @return whether anything changed
	 */
	protected boolean activate(String entityType, String code, boolean wasActive, boolean active, Runnable apply) {
		if (wasActive == active) {
			return false;
		}
		apply.run();
		this.audit.record(entityType, code, active ? AuditLog.REACTIVATED : AuditLog.DEACTIVATED, "");
		return true;
	}

	protected List<AuditEntry> changes(String entityType, String code) {
		return this.audit.recent(entityType, code, RECENT_CHANGES);
	}

}
