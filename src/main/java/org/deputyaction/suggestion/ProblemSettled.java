package org.deputyaction.suggestion;

/**
 * A problem was settled without a suggestion: resolved directly, merged or declined.
 */
public record ProblemSettled(Long problemId, Long countyId, LoopStatus outcome) {

}
