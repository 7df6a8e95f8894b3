package org.deputyaction.suggestion.web.staff;

import jakarta.validation.constraints.Size;

/**
 * Mark key supervision with the responsible leader, or clear it. Carries the suggestion's
 * version the user saw.
 */
public class SupervisionLevelForm implements VersionedForm {

	private org.deputyaction.suggestion.SupervisionLevel level = org.deputyaction.suggestion.SupervisionLevel.KEY;

	@Size(max = 60, message = "{loopstaff.form.tooLong}")
	private String leader;

	private long version;

	public org.deputyaction.suggestion.SupervisionLevel getLevel() {
		return this.level;
	}

	public void setLevel(org.deputyaction.suggestion.SupervisionLevel level) {
		this.level = level;
	}

	public String getLeader() {
		return this.leader;
	}

	public void setLeader(String leader) {
		this.leader = leader;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
