package org.deputyaction.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.deputyaction.system.BaseEntity;

/**
 * A county or county-level city (县/市); the unit of county staff's scope.
 */
@Entity
public class County extends BaseEntity {

	private String code;

	private String name;

	/** The short form used in suggestion numbers, e.g. 利川 in 利川-2026-0042. */
	private String shortName;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Prefecture prefecture;

	private boolean active = true;

	protected County() {
	}

	public County(String code, String name, String shortName, Prefecture prefecture) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.prefecture = prefecture;
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

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public Prefecture getPrefecture() {
		return this.prefecture;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
