package org.deputyaction.suggestion.web.staff;

/**
 * Show the suggestion on the public lists, or not. Carries the suggestion's version the
 * user saw.
 */
public class PublicationForm implements VersionedForm {

	private boolean publicVisible;

	private long version;

	public boolean isPublicVisible() {
		return this.publicVisible;
	}

	public void setPublicVisible(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
