package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What users ask of {@link ProblemService}. Commands that create carry a client-generated
 * request token; commands on an existing problem carry the version the user saw.
 */
public final class ProblemCommands {

	private ProblemCommands() {
	}

	/**
	 * Record a problem found at a home or station.
	 */
	public record RecordProblem(@NotNull UUID requestToken, @NotNull Long venueId,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String description,
			@NotNull ProblemSource source, @NotNull LocalDate foundOn, @Size(max = 60) String contactName,
			@Size(max = 40) @Pattern(regexp = "[0-9+() -]*") String contactPhone,
			List<@Valid AttachmentUpload> attachments) {

		public RecordProblem {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

	}

	/**
	 * A voter raises a problem online, without an account.
	 */
	public record RecordOnlineProblem(@NotNull UUID requestToken, @NotNull Long venueId,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String description,
			@Size(max = 60) String contactName, @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") String contactPhone,
			@Valid AttachmentUpload photo) {

		/** Without a photo. */
		public RecordOnlineProblem(UUID requestToken, Long venueId, String title, String description,
				String contactName, String contactPhone) {
			this(requestToken, venueId, title, description, contactName, contactPhone, null);
		}

	}

	/**
	 * Mark an online problem as spam, or take the mark back, at the version the user saw.
	 */
	public record MarkSpam(@NotNull Long problemId, long version, boolean spam) {

	}

	/**
	 * Resolve a problem on the spot, or decline it as not admissible, with the reason.
	 */
	public record SettleProblem(@NotNull Long problemId, long version, @NotBlank @Size(max = 2000) String reason) {

	}

	/**
	 * Merge a problem into another one of the same county.
	 */
	public record MergeProblem(@NotNull Long problemId, long version, @NotNull Long targetProblemId,
			@NotBlank @Size(max = 2000) String reason) {

	}

}
