package org.deputyaction.organization.internal;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.DeputyGroup;
import org.deputyaction.organization.Venue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates and reactivates deputy groups within the user's scope.
 */
@Service
@Transactional
public class GroupEditor extends EditorSupport {

	/** The entity type in the change log. */
	public static final String ENTITY = "deputy-group";

	private static final String FIND = "select g from DeputyGroup g join fetch g.venue join fetch g.county"
			+ " where g.code = :code";

	GroupEditor(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		super(entityManager, scope, audit);
	}

	@Transactional(readOnly = true)
	public Editing<GroupForm> edit(String code) {
		CurrentUser user = this.scope.staff();
		DeputyGroup group = find(FIND, code, DeputyGroup.class);
		Long county = group.getCounty().getId();
		this.scope.requireVisible(user, county);
		return new Editing<>(GroupForm.of(group), this.scope.mayEdit(user, county), group.isActive(),
				changes(ENTITY, code));
	}

	public String create(GroupForm form) {
		CurrentUser user = this.scope.staff();
		Venue venue = venue(user, form.getVenueCode(), "venueCode");
		requireFreeCode(DeputyGroup.class, form.getCode());
		DeputyGroup group = new DeputyGroup(form.getCode(), form.getName(), venue);
		this.entityManager.persist(group);
		recordCreated(ENTITY, group.getCode(),
				new Changes().initial("name", group.getName()).initial("venue", venue.getCode()));
		return group.getCode();
	}

	public void update(String code, GroupForm form) {
		CurrentUser user = this.scope.staff();
		DeputyGroup group = find(FIND, code, DeputyGroup.class);
		this.scope.requireEditable(user, group.getCounty().getId());
		requireVersion(group, form.getVersion());
		Venue venue = venue(user, form.getVenueCode(), "venueCode");
		Changes changes = new Changes().field("name", group.getName(), form.getName())
			.field("venue", group.getVenue().getCode(), venue.getCode());
		group.setName(form.getName());
		group.serve(venue);
		recordUpdated(ENTITY, code, changes);
	}

	public boolean setActive(String code, Long version, boolean active) {
		CurrentUser user = this.scope.staff();
		DeputyGroup group = find(FIND, code, DeputyGroup.class);
		this.scope.requireEditable(user, group.getCounty().getId());
		requireVersion(group, version);
		return activate(ENTITY, code, group.isActive(), active, () -> group.setActive(active));
	}

}
