package org.deputyaction.suggestion;

/**
 * Something in the closed loop changed: published with every timeline entry (a problem's
 * or a suggestion's), for those who keep anything computed from the loop's data. The
 * events that say what changed (ProblemRecorded, SuggestionAssigned, ...) come beside it.
 */
public record LoopChanged(Long suggestionId, Long problemId) {

}
