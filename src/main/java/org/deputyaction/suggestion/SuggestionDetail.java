package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.deputyaction.organization.AdministrativeLevel;

/**
 * Everything a suggestion's page shows, fetched in a bounded number of statements, with
 * the actions the user may take now.
 */
public record SuggestionDetail(Long id, long version, String number, String title, String content, Long countyId,
		String countyName, Long venueId, String venueName, Long categoryId, String categoryName,
		AdministrativeLevel level, String congressTerm, Long leadDeputyId, String leadDeputyName,
		List<CoSignerLine> coSigners, LoopStatus status, boolean publicVisible, boolean keySupervision,
		String keySupervisionLeader, LocalDate proposedOn, LocalDate assignedOn, LocalDate firstDueOn, LocalDate dueOn,
		LocalDate maxDueOn, DeadlineState deadlineState, int round, LocalDate repliedOn, ResultClass resultClass,
		LocalDate closedOn, boolean followUpPending, LocalDate followUpSolvedOn, List<ProblemLine> problems,
		List<AssignmentLine> assignments, List<RoundLine> rounds, List<ExtensionLine> extensions,
		List<SupervisionLine> supervision, List<AttachmentView> attachments, Set<LoopAction> actions,
		SupervisionLevel supervisionLevel) {

	public boolean may(LoopAction action) {
		return this.actions.contains(action);
	}

	public record CoSignerLine(Long deputyId, String name, boolean confirmed) {

	}

	public record ProblemLine(Long id, String trackingNumber, String title, ProblemSource source, LocalDate foundOn) {

	}

	public record AssignmentLine(Long id, Long unitId, String unitName, AssignmentRole role, AssignmentStatus status,
			LocalDate assignedOn, LocalDate objectionDeadline, Instant signedForAt, String objectionReason,
			Instant objectedAt, String objectionRefusalReason, String rerouteReason, Long replacedById) {

	}

	public record RoundLine(int number, LocalDate startedOn, LocalDate dueOn, LocalDate assistingViewsDueOn,
			boolean viewsWaived, String viewsWaivedReason, List<ViewLine> views, ReplyLine reply, RatingLine rating) {

	}

	public record ViewLine(Long unitId, String unitName, String view, LocalDate givenOn) {

	}

	public record ReplyLine(Long id, Long unitId, String unitName, ResultClass resultClass, String measures,
			String content, LocalDate repliedOn, boolean onTime, boolean onBehalf, List<AttachmentView> attachments) {

	}

	public record RatingLine(Satisfaction handlingWork, Satisfaction result, String comment, LocalDate ratedOn,
			boolean onBehalf, LoopStatus outcome) {

	}

	public record ExtensionLine(Long id, Long unitId, String unitName, LocalDate currentDueOn, LocalDate requestedDueOn,
			String reason, ExtensionStatus status, LocalDate grantedDueOn, String decisionReason, Instant requestedAt) {

	}

	public record SupervisionLine(SupervisionKind kind, Long unitId, String unitName, int round, String text,
			LocalDate entryOn, Instant recordedAt) {

	}

}
