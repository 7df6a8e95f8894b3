package org.deputyaction.organization.internal;

import java.util.List;

import org.deputyaction.audit.AuditEntry;

/**
 * What an edit page shows: the form filled from the record, whether this user may change
 * it, whether it is active, and its latest changes.
 */
public record Editing<F>(F form, boolean editable, boolean active, List<AuditEntry> changes) {

}
