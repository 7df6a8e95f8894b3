package org.deputyaction.suggestion;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.organization.AdministrativeLevel;

/**
 * What users ask of {@link SuggestionService}.
 */
public final class SuggestionCommands {

	private SuggestionCommands() {
	}

	/**
	 * Write up a suggestion from problems of one county (or none, when a deputy raises it
	 * directly). The venue defaults to the first problem's, else the lead deputy's; the
	 * lead deputy defaults to the acting deputy.
	 */
	public record ProposeSuggestion(@NotNull UUID requestToken, List<@NotNull Long> problemIds, Long venueId,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String content,
			@NotNull Long categoryId, @NotNull AdministrativeLevel level, @NotBlank @Size(max = 40) String congressTerm,
			Long leadDeputyId, List<@NotNull Long> coSignerDeputyIds, boolean publicVisible,
			List<@Valid AttachmentUpload> attachments) {

		public ProposeSuggestion {
			problemIds = (problemIds != null) ? List.copyOf(problemIds) : List.of();
			coSignerDeputyIds = (coSignerDeputyIds != null) ? List.copyOf(coSignerDeputyIds) : List.of();
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

	}

	/** Change a suggestion's text while it waits for assignment. */
	public record EditSuggestion(@NotNull Long suggestionId, long version, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20000) String content, @NotNull Long categoryId, @NotNull AdministrativeLevel level,
			@NotBlank @Size(max = 40) String congressTerm) {

	}

	/** A deputy co-signs (or confirms the invitation to co-sign) a suggestion. */
	public record CoSign(@NotNull Long suggestionId, long version) {

	}

	/** Publish the suggestion on the public lists, or not. */
	public record ChangePublication(@NotNull Long suggestionId, long version, boolean publicVisible) {

	}

}
