package org.deputyaction.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.deputyaction.system.BaseEntity;

/**
 * A township, town or street office (乡/镇/街道) of a county.
 */
@Entity
public class Township extends BaseEntity {

	private String code;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private County county;

	private boolean active = true;

	protected Township() {
	}

	public Township(String code, String name, County county) {
		this.code = code;
		this.name = name;
		this.county = county;
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
