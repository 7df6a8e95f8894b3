package org.deputyaction.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.deputyaction.system.BaseEntity;
import org.springframework.util.Assert;

/**
 * A deputy home or a liaison station: where deputies meet voters and where the three
 * lists are posted.
 */
@Entity
public class Venue extends BaseEntity {

	private String code;

	@Enumerated(EnumType.STRING)
	private VenueKind kind;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Township township;

	/** Denormalised from the township, so that county scope is one indexed column. */
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private County county;

	/** The deputy home a liaison station reports to, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Venue home;

	private String address;

	private boolean active = true;

	protected Venue() {
	}

	public Venue(String code, VenueKind kind, String name, Township township) {
		this.code = code;
		this.kind = kind;
		this.name = name;
		moveTo(township);
	}

	public void moveTo(Township township) {
		this.township = township;
		this.county = township.getCounty();
	}

	public String getCode() {
		return this.code;
	}

	public VenueKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Township getTownship() {
		return this.township;
	}

	public County getCounty() {
		return this.county;
	}

	public Venue getHome() {
		return this.home;
	}

	public void setHome(Venue home) {
		Assert.isTrue(home == null || home.getKind() == VenueKind.DEPUTY_HOME, "a station reports to a deputy home");
		this.home = home;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
