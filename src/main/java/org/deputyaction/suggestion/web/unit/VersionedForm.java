package org.deputyaction.suggestion.web.unit;

/**
 * A form on a suggestion's page: it carries the version of the item the user saw.
 */
abstract class VersionedForm {

	private long version;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
