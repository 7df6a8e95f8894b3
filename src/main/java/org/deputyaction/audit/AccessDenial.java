package org.deputyaction.audit;

import java.time.OffsetDateTime;

/**
 * One stored refusal: when, who (if signed in), from where, what was asked and why it was
 * refused.
 */
public record AccessDenial(long id, OffsetDateTime occurredAt, String username, String role, String clientAddress,
		String method, String path, String kind) {

}
