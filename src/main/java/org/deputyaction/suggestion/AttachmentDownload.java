package org.deputyaction.suggestion;

/**
 * An attachment's bytes, for a download response.
 */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	@Override
	public String toString() {
		return "AttachmentDownload[" + this.fileName + "]";
	}

}
