package org.deputyaction.audit;

import java.time.OffsetDateTime;

/**
 * One recorded change: when, by whom, what kind of change, and what changed as text.
 */
public record AuditEntry(OffsetDateTime changedAt, String username, String action, String details) {

}
