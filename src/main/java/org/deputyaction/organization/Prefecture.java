package org.deputyaction.organization;

import jakarta.persistence.Entity;

import org.deputyaction.system.BaseEntity;

/**
 * The top of the organisation (州), e.g. 恩施州.
 */
@Entity
public class Prefecture extends BaseEntity {

	private String code;

	private String name;

	private boolean active = true;

	protected Prefecture() {
	}

	public Prefecture(String code, String name) {
		this.code = code;
		this.name = name;
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

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
