package org.deputyaction.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A file as the user sent it. The type the browser declares is kept for the record only:
 * the file's first bytes decide what it is.
 */
public record AttachmentUpload(@NotBlank @Size(max = 255) String fileName, @Size(max = 100) String declaredContentType,
		@NotNull byte[] content) {

	@Override
	public String toString() {
		return "AttachmentUpload[" + this.fileName + ", " + ((this.content != null) ? this.content.length : 0)
				+ " bytes]";
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
