package org.deputyaction.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.deputyaction.system.BaseEntity;

/**
 * A deputy (人大代表) of a prefecture, county or township congress, registered at a home or
 * station ("进站入家"). The phone number is private and never shown on a public page.
 */
@Entity
public class Deputy extends BaseEntity {

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AdministrativeLevel level;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Venue venue;

	@ManyToOne(fetch = FetchType.LAZY)
	private DeputyGroup group;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private County county;

	private String phone;

	private boolean active = true;

	protected Deputy() {
	}

	public Deputy(String code, String name, AdministrativeLevel level, Venue venue) {
		this.code = code;
		this.name = name;
		this.level = level;
		registerAt(venue);
	}

	public void registerAt(Venue venue) {
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

	public AdministrativeLevel getLevel() {
		return this.level;
	}

	public void setLevel(AdministrativeLevel level) {
		this.level = level;
	}

	public Venue getVenue() {
		return this.venue;
	}

	public DeputyGroup getGroup() {
		return this.group;
	}

	public void setGroup(DeputyGroup group) {
		this.group = group;
	}

	public County getCounty() {
		return this.county;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
