package org.deputyaction.publication.internal;

import java.time.LocalDate;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemSource;

/**
 * A row of the suggestion list (代表建议清单). No voter's name or contact.
 */
public record SuggestionItem(String number, String title, String summary, ProblemSource source, LocalDate foundOn,
		LocalDate proposedOn, String venueName, String leadDeputy, List<String> coSigners, String category,
		AdministrativeLevel level, LoopStatus status, boolean publicVisible) {

	public SuggestionItem {
		coSigners = (coSigners != null) ? List.copyOf(coSigners) : List.of();
	}

}
