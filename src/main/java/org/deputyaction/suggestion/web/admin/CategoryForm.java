package org.deputyaction.suggestion.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category to add (code, parent) or to change (name, order, active); the version is the
 * one the administrator saw.
 */
public class CategoryForm {

	private long version;

	private Long parentId;

	@NotBlank(message = "{loopunit.validation.required}", groups = Creating.class)
	@Size(max = 40, message = "{loopunit.validation.tooLong}", groups = Creating.class)
	@Pattern(regexp = "[A-Z0-9_]*", message = "{loopunit.categories.codePattern}", groups = Creating.class)
	private String code;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 60, message = "{loopunit.validation.tooLong}")
	private String name;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 0, message = "{loopunit.validation.range}")
	@Max(value = 9999, message = "{loopunit.validation.range}")
	private Integer sortOrder = 100;

	private boolean active = true;

	/** The checks that only apply when a category is added. */
	interface Creating {

	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
