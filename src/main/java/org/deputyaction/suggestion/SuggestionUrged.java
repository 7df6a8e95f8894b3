package org.deputyaction.suggestion;

/**
 * The office urged a unit (催办), with the urging's entry and its words.
 */
public record SuggestionUrged(Long suggestionId, Long unitId, Long supervisionEntryId, String text) {

}
