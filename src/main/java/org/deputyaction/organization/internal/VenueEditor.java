package org.deputyaction.organization.internal;

import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, deactivates and reactivates deputy homes and liaison stations within
 * the user's scope. A venue's code and kind are fixed once created (both are in the
 * address printed on its QR code), and it stays in its county (its groups and deputies
 * carry it).
 */
@Service
@Transactional
public class VenueEditor extends EditorSupport {

	/** The entity type in the change log. */
	public static final String ENTITY = "venue";

	private static final String FIND = "select v from Venue v join fetch v.township join fetch v.county"
			+ " left join fetch v.home where v.code = :code";

	VenueEditor(EntityManager entityManager, OrganizationScope scope, AuditLog audit) {
		super(entityManager, scope, audit);
	}

	@Transactional(readOnly = true)
	public Editing<VenueForm> edit(String code) {
		CurrentUser user = this.scope.staff();
		Venue venue = find(FIND, code, Venue.class);
		Long county = venue.getCounty().getId();
		this.scope.requireVisible(user, county);
		return new Editing<>(VenueForm.of(venue), this.scope.mayEdit(user, county), venue.isActive(),
				changes(ENTITY, code));
	}

	public String create(VenueForm form) {
		CurrentUser user = this.scope.staff();
		Township township = township(user, form.getTownshipCode(), "townshipCode");
		requireFreeCode(Venue.class, form.getCode());
		Venue venue = new Venue(form.getCode(), form.getKind(), form.getName(), township);
		venue.setAddress(form.getAddress());
		Venue home = home(user, form.getKind(), form.getHomeCode(), township);
		venue.setHome(home);
		this.entityManager.persist(venue);
		recordCreated(ENTITY, venue.getCode(),
				new Changes().initial("kind", venue.getKind())
					.initial("name", venue.getName())
					.initial("township", township.getCode())
					.initial("home", (home != null) ? home.getCode() : null)
					.initial("address", venue.getAddress()));
		return venue.getCode();
	}

	public void update(String code, VenueForm form) {
		CurrentUser user = this.scope.staff();
		Venue venue = find(FIND, code, Venue.class);
		this.scope.requireEditable(user, venue.getCounty().getId());
		requireVersion(venue, form.getVersion());
		Township township = township(user, form.getTownshipCode(), "townshipCode");
		if (!Objects.equals(township.getCounty().getId(), venue.getCounty().getId())) {
			throw new InvalidEditException("townshipCode", "organization.form.otherCounty");
		}
		Venue home = home(user, venue.getKind(), form.getHomeCode(), township);
		Changes changes = new Changes().field("name", venue.getName(), form.getName())
			.field("township", venue.getTownship().getCode(), township.getCode())
			.field("home", (venue.getHome() != null) ? venue.getHome().getCode() : null,
					(home != null) ? home.getCode() : null)
			.field("address", venue.getAddress(), form.getAddress());
		venue.setName(form.getName());
		venue.moveTo(township);
		venue.setHome(home);
		venue.setAddress(form.getAddress());
		recordUpdated(ENTITY, code, changes);
	}

	public boolean setActive(String code, Long version, boolean active) {
		CurrentUser user = this.scope.staff();
		Venue venue = find(FIND, code, Venue.class);
		this.scope.requireEditable(user, venue.getCounty().getId());
		requireVersion(venue, version);
		return activate(ENTITY, code, venue.isActive(), active, () -> venue.setActive(active));
	}

	/**
	 * The deputy home a liaison station reports to: a home of the same county, or none.
	 */
	private Venue home(CurrentUser user, VenueKind kind, String code, Township township) {
		if (code == null) {
			return null;
		}
		if (kind != VenueKind.LIAISON_STATION) {
			throw new InvalidEditException("homeCode", "organization.form.homeOnlyForStations");
		}
		Venue home = venue(user, code, "homeCode");
		if (home.getKind() != VenueKind.DEPUTY_HOME) {
			throw new InvalidEditException("homeCode", "organization.form.notAHome");
		}
		if (!Objects.equals(home.getCounty().getId(), township.getCounty().getId())) {
			throw new InvalidEditException("homeCode", "organization.form.otherCounty");
		}
		return home;
	}

}
