package org.deputyaction.suggestion;

/**
 * The office urged a unit (催办).
 */
public record SuggestionUrged(Long suggestionId, Long unitId) {

}
