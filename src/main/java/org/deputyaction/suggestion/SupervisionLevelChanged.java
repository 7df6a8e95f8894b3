package org.deputyaction.suggestion;

/**
 * An item moved on the supervision ladder, by a person or (with {@code byUserId} null)
 * automatically because it stayed overdue.
 */
public record SupervisionLevelChanged(Long suggestionId, SupervisionLevel from, SupervisionLevel to, Long byUserId) {

}
