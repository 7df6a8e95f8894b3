package org.deputyaction.organization.internal;

import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyGroup;
import org.deputyaction.organization.Venue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates and reactivates deputies within the user's scope. The phone
 * number is private: only the edit form shows it, and the change log only says that it
 * changed.
 */
@Service
@Transactional
public class DeputyEditor extends EditorSupport {

	/** The entity type in the change log. */
	public static final String ENTITY = "deputy";

	private static final String FIND = "select d from Deputy d join fetch d.venue join fetch d.county"
			+ " left join fetch d.group where d.code = :code";

	DeputyEditor(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		super(entityManager, scope, audit);
	}

	@Transactional(readOnly = true)
	public Editing<DeputyForm> edit(String code) {
		CurrentUser user = this.scope.staff();
		Deputy deputy = find(FIND, code, Deputy.class);
		Long county = deputy.getCounty().getId();
		this.scope.requireVisible(user, county);
		return new Editing<>(DeputyForm.of(deputy), this.scope.mayEdit(user, county), deputy.isActive(),
				changes(ENTITY, code));
	}

	public String create(DeputyForm form) {
		CurrentUser user = this.scope.staff();
		Venue venue = venue(user, form.getVenueCode(), "venueCode");
		DeputyGroup group = group(form.getGroupCode(), venue);
		requireFreeCode(Deputy.class, form.getCode());
		Deputy deputy = new Deputy(form.getCode(), form.getName(), form.getLevel(), venue);
		deputy.setGroup(group);
		deputy.setPhone(blankToNull(form.getPhone()));
		this.entityManager.persist(deputy);
		recordCreated(ENTITY, deputy.getCode(),
				new Changes().initial("name", deputy.getName())
					.initial("level", deputy.getLevel())
					.initial("venue", venue.getCode())
					.initial("group", (group != null) ? group.getCode() : null)
					.initial("phone", (deputy.getPhone() != null) ? "*" : null));
		return deputy.getCode();
	}

	public void update(String code, DeputyForm form) {
		CurrentUser user = this.scope.staff();
		Deputy deputy = find(FIND, code, Deputy.class);
		this.scope.requireEditable(user, deputy.getCounty().getId());
		requireVersion(deputy, form.getVersion());
		Venue venue = venue(user, form.getVenueCode(), "venueCode");
		DeputyGroup group = group(form.getGroupCode(), venue);
		String phone = blankToNull(form.getPhone());
		Changes changes = new Changes().field("name", deputy.getName(), form.getName())
			.field("level", deputy.getLevel(), form.getLevel())
			.field("venue", deputy.getVenue().getCode(), venue.getCode())
			.field("group", (deputy.getGroup() != null) ? deputy.getGroup().getCode() : null,
					(group != null) ? group.getCode() : null);
		if (!Objects.equals(deputy.getPhone(), phone)) {
			changes.changed("phone");
		}
		deputy.setName(form.getName());
		deputy.setLevel(form.getLevel());
		deputy.registerAt(venue);
		deputy.setGroup(group);
		deputy.setPhone(phone);
		recordUpdated(ENTITY, code, changes);
	}

	public boolean setActive(String code, Long version, boolean active) {
		CurrentUser user = this.scope.staff();
		Deputy deputy = find(FIND, code, Deputy.class);
		this.scope.requireEditable(user, deputy.getCounty().getId());
		requireVersion(deputy, version);
		return activate(ENTITY, code, deputy.isActive(), active, () -> deputy.setActive(active));
	}

	/**
	 * The deputy group of the venue the deputy is registered at, or none.
	 */
	private DeputyGroup group(String code, Venue venue) {
		if (code == null) {
			return null;
		}
		DeputyGroup group = findOrNull("select g from DeputyGroup g join fetch g.venue where g.code = :code", code,
				DeputyGroup.class);
		if (group == null) {
			throw new InvalidEditException("groupCode", "organization.form.unknownCode");
		}
		if (!Objects.equals(group.getVenue().getId(), venue.getId())) {
			throw new InvalidEditException("groupCode", "organization.form.groupOfOtherVenue");
		}
		return group;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
