package org.deputyaction.organization.internal;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.County;
import org.deputyaction.organization.Prefecture;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates and reactivates counties: the administrator and the
 * prefecture office only; county staff see their own county read-only.
 */
@Service
@Transactional
public class CountyEditor extends EditorSupport {

	/** The entity type in the change log. */
	public static final String ENTITY = "county";

	private static final String FIND = "select c from County c join fetch c.prefecture where c.code = :code";

	CountyEditor(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		super(entityManager, scope, audit);
	}

	@Transactional(readOnly = true)
	public Editing<CountyForm> edit(String code) {
		CurrentUser user = this.scope.staff();
		County county = find(FIND, code, County.class);
		this.scope.requireVisible(user, county.getId());
		return new Editing<>(CountyForm.of(county), user.seesWholePrefecture(), county.isActive(),
				changes(ENTITY, county.getCode()));
	}

	/**
	 * A blank form for a new county.
	 */
	public CountyForm blank() {
		this.scope.requirePrefectureEditor(this.scope.staff());
		return new CountyForm();
	}

	public String create(CountyForm form) {
		this.scope.requirePrefectureEditor(this.scope.staff());
		Prefecture prefecture = prefecture(form.getPrefectureCode());
		requireFreeCode(County.class, form.getCode());
		County county = new County(form.getCode(), form.getName(), form.getShortName(), prefecture);
		this.entityManager.persist(county);
		recordCreated(ENTITY, county.getCode(),
				new Changes().initial("name", county.getName())
					.initial("shortName", county.getShortName())
					.initial("prefecture", prefecture.getCode()));
		return county.getCode();
	}

	public void update(String code, CountyForm form) {
		CurrentUser user = this.scope.staff();
		County county = find(FIND, code, County.class);
		this.scope.requireVisible(user, county.getId());
		this.scope.requirePrefectureEditor(user);
		requireVersion(county, form.getVersion());
		Changes changes = new Changes().field("name", county.getName(), form.getName())
			.field("shortName", county.getShortName(), form.getShortName());
		county.setName(form.getName());
		county.setShortName(form.getShortName());
		recordUpdated(ENTITY, code, changes);
	}

	public boolean setActive(String code, Long version, boolean active) {
		CurrentUser user = this.scope.staff();
		County county = find(FIND, code, County.class);
		this.scope.requireVisible(user, county.getId());
		this.scope.requirePrefectureEditor(user);
		requireVersion(county, version);
		return activate(ENTITY, code, county.isActive(), active, () -> county.setActive(active));
	}

	private Prefecture prefecture(String code) {
		Prefecture prefecture = findOrNull("select p from Prefecture p where p.code = :code", code, Prefecture.class);
		if (prefecture == null) {
			throw new InvalidEditException("prefectureCode", "organization.form.unknownCode");
		}
		return prefecture;
	}

}
