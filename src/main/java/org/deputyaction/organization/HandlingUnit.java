package org.deputyaction.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * A handling unit (承办单位): a government department at prefecture, county or township level
 * that takes on assigned suggestions. County and township units carry their county, so
 * that county staff see their own.
 */
@Entity
@Table(name = "handling_unit")
public class HandlingUnit extends BaseEntity {

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AdministrativeLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	private County county;

	@ManyToOne(fetch = FetchType.LAZY)
	private Township township;

	@ManyToOne(fetch = FetchType.LAZY)
	private HandlingUnit parent;

	private boolean active = true;

	protected HandlingUnit() {
	}

	public HandlingUnit(String code, String name, AdministrativeLevel level) {
		this.code = code;
		this.name = name;
		this.level = level;
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

	public County getCounty() {
		return this.county;
	}

	public void setCounty(County county) {
		this.county = county;
	}

	public Township getTownship() {
		return this.township;
	}

	public void setTownship(Township township) {
		this.township = township;
		if (township != null) {
			this.county = township.getCounty();
		}
	}

	public HandlingUnit getParent() {
		return this.parent;
	}

	public void setParent(HandlingUnit parent) {
		this.parent = parent;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
