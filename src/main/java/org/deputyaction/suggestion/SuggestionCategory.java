package org.deputyaction.suggestion;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * A category of suggestions, two levels deep (e.g. 交通出行 › 公交与客运线路). Administrators edit
 * them; categories in use are deactivated, never deleted.
 */
@Entity
@Table(name = "suggestion_category")
public class SuggestionCategory extends BaseEntity {

	private Long parentId;

	private String code;

	private String name;

	private int sortOrder;

	private boolean active = true;

	protected SuggestionCategory() {
	}

	SuggestionCategory(Long parentId, String code, String name, int sortOrder) {
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	void change(String name, int sortOrder, boolean active) {
		this.name = name;
		this.sortOrder = sortOrder;
		this.active = active;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public boolean isTopLevel() {
		return this.parentId == null;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
