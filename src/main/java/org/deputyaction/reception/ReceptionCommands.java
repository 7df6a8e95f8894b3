package org.deputyaction.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.AttachmentUpload;

/**
 * What users ask of {@link ReceptionService}. Commands on an existing session carry the
 * version the user saw, so that nobody overwrites another's change unseen.
 */
public final class ReceptionCommands {

	private ReceptionCommands() {
	}

	/**
	 * Date, time, place, theme and deputies on duty of a session.
	 */
	public record Schedule(@NotNull SessionKind kind, @NotNull LocalDate heldOn, @NotNull LocalTime startsAt,
			@NotNull LocalTime endsAt, @NotBlank @Size(max = 200) String place, @Size(max = 200) String theme,
			Set<Long> onDuty) {

		public Schedule {
			onDuty = (onDuty != null) ? Set.copyOf(onDuty) : Set.of();
		}

	}

	/**
	 * Schedule a new session at a home or station.
	 */
	public record ScheduleSession(@NotNull Long venueId, @NotNull @Valid Schedule schedule) {

	}

	/**
	 * Change the schedule of a session.
	 */
	public record Reschedule(@NotNull Long sessionId, long version, @NotNull @Valid Schedule schedule) {

	}

	/**
	 * Record a held session: who attended, how many voters came, the minutes.
	 */
	public record RecordSession(@NotNull Long sessionId, long version, Set<Long> attended,
			@NotNull @Min(0) @Max(100000) Integer votersReceived, @Size(max = 20000) String minutes) {

		public RecordSession {
			attended = (attended != null) ? Set.copyOf(attended) : Set.of();
		}

	}

	/**
	 * Cancel a scheduled session, with the reason.
	 */
	public record CancelSession(@NotNull Long sessionId, long version, @NotBlank @Size(max = 2000) String reason) {

	}

	/**
	 * Record a new problem found at the session: the loop's problem, with the session's
	 * date, venue and the source reception day.
	 */
	public record RecordSessionProblem(@NotNull Long sessionId, @NotNull UUID requestToken,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String description,
			@Size(max = 60) String contactName, @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") String contactPhone,
			List<@Valid AttachmentUpload> attachments) {

		public RecordSessionProblem {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

	}

}
