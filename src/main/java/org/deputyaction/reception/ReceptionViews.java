package org.deputyaction.reception;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.VenueKind;

/**
 * What the reception pages show, shaped for them: one record per page part.
 */
public final class ReceptionViews {

	private ReceptionViews() {
	}

	/** A home or station the session belongs to. */
	public record VenueRef(Long id, String code, String name, VenueKind kind, Long countyId, String countyCode,
			String countyName, String townshipName) {

		public String publicPath() {
			return "/public/" + this.kind.pathSegment() + "/" + this.code;
		}

	}

	/** A deputy one may put on duty or mark present. */
	public record DeputyChoice(Long id, String code, String name, AdministrativeLevel level) {

	}

	/** A deputy of a session. */
	public record SessionDeputyView(Long id, String code, String name, AdministrativeLevel level, boolean onDuty,
			boolean attended) {

	}

	/** A problem found at a session, or one of the venue's that could be linked. */
	public record ProblemLink(Long id, String trackingNumber, String title, String status, LocalDate foundOn,
			String source) {

	}

	/** A photo of a session. */
	public record PhotoView(Long id, String fileName, String contentType, long sizeBytes) {

	}

	/** One row of a list of sessions. */
	public record SessionRow(Long id, SessionKind kind, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
			String place, String theme, SessionStatus status, SessionState state, Integer votersReceived,
			String venueCode, String venueName, String countyName, int deputiesOnDuty, int deputiesAttended,
			int problems) {

	}

	/** A page of sessions with the total and the overdue count of the same scope. */
	public record SessionPage(List<SessionRow> rows, long total, int page, int size, long overdue) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

		public boolean hasPrevious() {
			return this.page > 0;
		}

		public boolean hasNext() {
			return this.page + 1 < pages();
		}

	}

	/** A session with all it has, and what the user may do. */
	public record SessionDetail(Long id, long version, VenueRef venue, SessionKind kind, LocalDate heldOn,
			LocalTime startsAt, LocalTime endsAt, String place, String theme, SessionStatus status, SessionState state,
			Integer votersReceived, String minutes, String cancelReason, LocalDateTime createdAt, String createdBy,
			LocalDateTime recordedAt, String recordedBy, LocalDateTime updatedAt, String updatedBy,
			List<SessionDeputyView> deputies, List<ProblemLink> problems, List<PhotoView> photos, boolean mayManage,
			boolean mayRecord) {

		public boolean mayCancel() {
			return this.mayManage && this.status == SessionStatus.SCHEDULED;
		}

	}

	/** An upcoming session as the public and the station's deputies see it. */
	public record Announcement(Long id, SessionKind kind, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
			String place, String theme, List<String> deputies) {

	}

}
