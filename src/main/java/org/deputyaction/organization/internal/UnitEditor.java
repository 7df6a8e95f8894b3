package org.deputyaction.organization.internal;

import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates and reactivates handling units. Prefecture-level units have
 * no county and are edited by the administrator and the prefecture office; county staff
 * read them and edit the county and township units of their own county.
 */
@Service
@Transactional
public class UnitEditor extends EditorSupport {

	/** The entity type in the change log. */
	public static final String ENTITY = "handling-unit";

	private static final String FIND = "select u from HandlingUnit u left join fetch u.county"
			+ " left join fetch u.township left join fetch u.parent where u.code = :code";

	/** Parents above a unit are followed at most this far when looking for a cycle. */
	private static final int MAX_DEPTH = 20;

	UnitEditor(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		super(entityManager, scope, audit);
	}

	@Transactional(readOnly = true)
	public Editing<UnitForm> edit(String code) {
		CurrentUser user = this.scope.staff();
		HandlingUnit unit = find(FIND, code, HandlingUnit.class);
		Long county = countyId(unit);
		this.scope.requireVisible(user, county);
		return new Editing<>(UnitForm.of(unit), this.scope.mayEdit(user, county), unit.isActive(),
				changes(ENTITY, code));
	}

	public String create(UnitForm form) {
		CurrentUser user = this.scope.staff();
		HandlingUnit unit = new HandlingUnit(form.getCode(), form.getName(), form.getLevel());
		place(user, unit, form);
		HandlingUnit parent = parent(user, form.getParentCode(), unit);
		requireFreeCode(HandlingUnit.class, form.getCode());
		unit.setParent(parent);
		this.entityManager.persist(unit);
		recordCreated(ENTITY, unit.getCode(),
				new Changes().initial("name", unit.getName())
					.initial("level", unit.getLevel())
					.initial("county", (unit.getCounty() != null) ? unit.getCounty().getCode() : null)
					.initial("township", (unit.getTownship() != null) ? unit.getTownship().getCode() : null)
					.initial("parent", (parent != null) ? parent.getCode() : null));
		return unit.getCode();
	}

	public void update(String code, UnitForm form) {
		CurrentUser user = this.scope.staff();
		HandlingUnit unit = find(FIND, code, HandlingUnit.class);
		this.scope.requireEditable(user, countyId(unit));
		requireVersion(unit, form.getVersion());
		String countyBefore = (unit.getCounty() != null) ? unit.getCounty().getCode() : null;
		String townshipBefore = (unit.getTownship() != null) ? unit.getTownship().getCode() : null;
		String parentBefore = (unit.getParent() != null) ? unit.getParent().getCode() : null;
		Changes changes = new Changes().field("name", unit.getName(), form.getName())
			.field("level", unit.getLevel(), form.getLevel());
		unit.setName(form.getName());
		unit.setLevel(form.getLevel());
		place(user, unit, form);
		HandlingUnit parent = parent(user, form.getParentCode(), unit);
		unit.setParent(parent);
		changes.field("county", countyBefore, (unit.getCounty() != null) ? unit.getCounty().getCode() : null)
			.field("township", townshipBefore, (unit.getTownship() != null) ? unit.getTownship().getCode() : null)
			.field("parent", parentBefore, (parent != null) ? parent.getCode() : null);
		recordUpdated(ENTITY, code, changes);
	}

	public boolean setActive(String code, Long version, boolean active) {
		CurrentUser user = this.scope.staff();
		HandlingUnit unit = find(FIND, code, HandlingUnit.class);
		this.scope.requireEditable(user, countyId(unit));
		requireVersion(unit, version);
		return activate(ENTITY, code, unit.isActive(), active, () -> unit.setActive(active));
	}

	/**
	 * Sets the unit's county and township from its level: none for the prefecture, a
	 * county for a county unit, a township (and its county) for a township unit.
	 */
	private void place(CurrentUser user, HandlingUnit unit, UnitForm form) {
		switch (form.getLevel()) {
			case PREFECTURE -> {
				if (!user.seesWholePrefecture()) {
					throw new InvalidEditException("level", "organization.form.levelNotAllowed");
				}
				if (form.getCountyCode() != null || form.getTownshipCode() != null) {
					throw new InvalidEditException("countyCode", "organization.form.prefectureUnitHasNoCounty");
				}
				unit.setTownship(null);
				unit.setCounty(null);
			}
			case COUNTY -> {
				if (form.getCountyCode() == null) {
					throw new InvalidEditException("countyCode", "organization.form.required");
				}
				if (form.getTownshipCode() != null) {
					throw new InvalidEditException("townshipCode", "organization.form.countyUnitHasNoTownship");
				}
				County county = county(user, form.getCountyCode(), "countyCode");
				unit.setTownship(null);
				unit.setCounty(county);
			}
			case TOWNSHIP -> {
				if (form.getTownshipCode() == null) {
					throw new InvalidEditException("townshipCode", "organization.form.required");
				}
				Township township = township(user, form.getTownshipCode(), "townshipCode");
				if (form.getCountyCode() != null && !form.getCountyCode().equals(township.getCounty().getCode())) {
					throw new InvalidEditException("townshipCode", "organization.form.otherCounty");
				}
				unit.setTownship(township);
			}
		}
	}

	/**
	 * The unit above this one, visible to the user and not below it.
	 */
	private HandlingUnit parent(CurrentUser user, String code, HandlingUnit unit) {
		if (code == null) {
			return null;
		}
		HandlingUnit parent = findOrNull("select u from HandlingUnit u left join fetch u.county where u.code = :code",
				code, HandlingUnit.class);
		if (parent == null) {
			throw new InvalidEditException("parentCode", "organization.form.unknownCode");
		}
		this.scope.requireVisible(user, countyId(parent));
		HandlingUnit above = parent;
		for (int depth = 0; above != null && depth < MAX_DEPTH; depth++) {
			if (above == unit || Objects.equals(above.getCode(), unit.getCode())) {
				throw new InvalidEditException("parentCode", "organization.form.parentCycle");
			}
			above = above.getParent();
		}
		return parent;
	}

	private static Long countyId(HandlingUnit unit) {
		return (unit.getCounty() != null) ? unit.getCounty().getId() : null;
	}

}
