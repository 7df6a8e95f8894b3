package org.deputyaction.suggestion;

/**
 * A unit objected to its assignment; the office decides.
 */
public record AssignmentObjected(Long suggestionId, Long assignmentId, Long unitId) {

}
