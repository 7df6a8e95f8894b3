package org.deputyaction.suggestion;

/**
 * The office re-routed a unit's assignment to another unit.
 */
public record AssignmentRerouted(Long suggestionId, Long fromUnitId, Long toUnitId, AssignmentRole role) {

}
