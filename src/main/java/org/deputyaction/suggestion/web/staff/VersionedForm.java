package org.deputyaction.suggestion.web.staff;

/**
 * An action form that carries the version of the item the user saw. After someone else
 * changed the item first, the form is shown again at the new version with the user's
 * input, so that they can check the item and send it again.
 */
interface VersionedForm {

	long getVersion();

	void setVersion(long version);

}
