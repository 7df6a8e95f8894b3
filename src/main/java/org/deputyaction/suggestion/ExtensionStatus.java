package org.deputyaction.suggestion;

/**
 * Where an extension request stands: one may be pending at a time.
 */
public enum ExtensionStatus {

	PENDING, APPROVED, REFUSED;

	public String messageKey() {
		return "loop.extensionStatus." + name();
	}

}
