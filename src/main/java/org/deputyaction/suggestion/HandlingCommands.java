package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What users ask of the services that move a suggestion round the loop once it is written
 * up: {@link AssignmentService}, {@link SupervisionService}, {@link ReplyService} and
 * {@link FeedbackService}. Each carries the suggestion's version the user saw.
 */
public final class HandlingCommands {

	private HandlingCommands() {
	}

	/**
	 * Assign to a lead unit and assisting units. Assigned today and due after the default
	 * months unless given.
	 */
	public record AssignSuggestion(@NotNull Long suggestionId, long version, @NotNull Long leadUnitId,
			List<@NotNull Long> assistingUnitIds, LocalDate assignedOn, LocalDate dueOn) {

		public AssignSuggestion {
			assistingUnitIds = (assistingUnitIds != null) ? List.copyOf(assistingUnitIds) : List.of();
		}

	}

	/** A unit signs for its assignment. */
	public record SignFor(@NotNull Long suggestionId, long version) {

	}

	/** A unit objects to its assignment within the window, with the reason. */
	public record ObjectToAssignment(@NotNull Long suggestionId, long version,
			@NotBlank @Size(max = 2000) String reason) {

	}

	/** The office re-routes an objected assignment to another unit. */
	public record RerouteAssignment(@NotNull Long suggestionId, long version, @NotNull Long assignmentId,
			@NotNull Long newUnitId, @NotBlank @Size(max = 2000) String reason) {

	}

	/** The office refuses an objection: the unit keeps the assignment. */
	public record RefuseObjection(@NotNull Long suggestionId, long version, @NotNull Long assignmentId,
			@NotBlank @Size(max = 2000) String reason) {

	}

	/** The office urges a unit (the lead unit when none is given). */
	public record Urge(@NotNull Long suggestionId, long version, Long unitId, @NotBlank @Size(max = 5000) String text) {

	}

	/** A unit (or staff for it) reports progress. */
	public record ReportProgress(@NotNull Long suggestionId, long version, Long unitId,
			@NotBlank @Size(max = 5000) String text) {

	}

	/** The lead unit (or staff for it) asks for a later due date. */
	public record RequestExtension(@NotNull Long suggestionId, long version, @NotNull LocalDate requestedDueOn,
			@NotBlank @Size(max = 2000) String reason) {

	}

	/**
	 * The office approves (setting the final date, the requested one when none is given)
	 * or refuses the open extension request.
	 */
	public record DecideExtension(@NotNull Long suggestionId, long version, @NotNull Long extensionRequestId,
			boolean approve, LocalDate grantedDueOn, @Size(max = 2000) String reason) {

	}

	/** Mark (with the responsible leader) or clear key supervision (重点督办). */
	public record MarkKeySupervision(@NotNull Long suggestionId, long version, boolean keySupervision,
			@Size(max = 60) String leader) {

	}

	/** Move an item on the supervision ladder, naming the responsible leader. */
	public record ChangeSupervisionLevel(@NotNull Long suggestionId, long version, @NotNull SupervisionLevel level,
			@Size(max = 60) String leader) {

	}

	/** An assisting unit (or staff for it) gives its view to the lead unit. */
	public record GiveAssistingView(@NotNull Long suggestionId, long version, Long unitId,
			@NotBlank @Size(max = 10000) String view) {

	}

	/** The office lets the lead unit reply without the missing assisting views. */
	public record WaiveAssistingViews(@NotNull Long suggestionId, long version,
			@NotBlank @Size(max = 2000) String reason) {

	}

	/** The lead unit's reply (or staff recording it on the unit's behalf). */
	public record RecordReply(@NotNull Long suggestionId, long version, @NotNull ResultClass resultClass,
			@NotBlank @Size(max = 10000) String measures, @NotBlank @Size(max = 20000) String content,
			LocalDate repliedOn, List<@Valid AttachmentUpload> attachments) {

		public RecordReply {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

	}

	/** The lead deputy's rating (or staff recording it on the deputy's behalf). */
	public record RateReply(@NotNull Long suggestionId, long version, @NotNull Satisfaction handlingWork,
			@NotNull Satisfaction result, @Size(max = 2000) String comment, LocalDate ratedOn) {

	}

	/** A closed B or C item is solved after all: it leaves the follow-up list. */
	public record MarkFollowUpSolved(@NotNull Long suggestionId, long version, @Size(max = 2000) String note) {

	}

}
