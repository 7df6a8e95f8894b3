package org.deputyaction.suggestion.web.staff;

import jakarta.validation.constraints.Size;

/**
 * Mark key supervision with the responsible leader, or clear it. Carries the suggestion's
 * version the user saw.
 */
public class KeySupervisionForm implements VersionedForm {

	private boolean keySupervision = true;

	@Size(max = 60, message = "{loopstaff.form.tooLong}")
	private String leader;

	private long version;

	public boolean isKeySupervision() {
		return this.keySupervision;
	}

	public void setKeySupervision(boolean keySupervision) {
		this.keySupervision = keySupervision;
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
