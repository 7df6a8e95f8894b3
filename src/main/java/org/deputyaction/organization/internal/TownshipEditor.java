package org.deputyaction.organization.internal;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.County;
import org.deputyaction.organization.Township;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates and reactivates townships within the user's scope. A
 * township's county is fixed once created.
 */
@Service
@Transactional
public class TownshipEditor extends EditorSupport {

	/** The entity type in the change log. */
	public static final String ENTITY = "township";

	private static final String FIND = "select t from Township t join fetch t.county where t.code = :code";

	TownshipEditor(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		super(entityManager, scope, audit);
	}

	@Transactional(readOnly = true)
	public Editing<TownshipForm> edit(String code) {
		CurrentUser user = this.scope.staff();
		Township township = find(FIND, code, Township.class);
		Long county = township.getCounty().getId();
		this.scope.requireVisible(user, county);
		return new Editing<>(TownshipForm.of(township), this.scope.mayEdit(user, county), township.isActive(),
				changes(ENTITY, code));
	}

	public String create(TownshipForm form) {
		CurrentUser user = this.scope.staff();
		County county = county(user, form.getCountyCode(), "countyCode");
		requireFreeCode(Township.class, form.getCode());
		Township township = new Township(form.getCode(), form.getName(), county);
		this.entityManager.persist(township);
		recordCreated(ENTITY, township.getCode(),
				new Changes().initial("name", township.getName()).initial("county", county.getCode()));
		return township.getCode();
	}

	public void update(String code, TownshipForm form) {
		CurrentUser user = this.scope.staff();
		Township township = find(FIND, code, Township.class);
		this.scope.requireEditable(user, township.getCounty().getId());
		requireVersion(township, form.getVersion());
		Changes changes = new Changes().field("name", township.getName(), form.getName());
		township.setName(form.getName());
		recordUpdated(ENTITY, code, changes);
	}

	public boolean setActive(String code, Long version, boolean active) {
		CurrentUser user = this.scope.staff();
		Township township = find(FIND, code, Township.class);
		this.scope.requireEditable(user, township.getCounty().getId());
		requireVersion(township, version);
		return activate(ENTITY, code, township.isActive(), active, () -> township.setActive(active));
	}

}
