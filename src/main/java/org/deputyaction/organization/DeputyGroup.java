package org.deputyaction.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * A deputy group (代表小组): the deputies who serve one home or station.
 */
@Entity
@Table(name = "deputy_group")
public class DeputyGroup extends BaseEntity {

	private String code;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Venue venue;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private County county;

	private boolean active = true;

	protected DeputyGroup() {
	}

	public DeputyGroup(String code, String name, Venue venue) {
		this.code = code;
		this.name = name;
		serve(venue);
	}

	public void serve(Venue venue) {
		this.venue = venue;
		this.county = venue.getCounty();
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Venue getVenue() {
		return this.venue;
	}

	public County getCounty() {
		return this.county;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
