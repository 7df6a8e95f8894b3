package org.deputyaction.reception;

import java.time.LocalDate;
import java.util.List;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.VenueKind;

/**
 * A deputy's duty record (履职档案) for one period: the sessions they attended, the problems
 * they raised or that were found at their sessions, the suggestions they led or
 * co-signed, and how they rated the replies. The figures count everything in the period;
 * the lists show at most {@link #LIST_LIMIT} rows each.
 */
public record DutyRecord(Deputy deputy, int year, LocalDate from, LocalDate to, Figures figures,
		List<SessionLine> sessions, List<ProblemLine> problems, List<SuggestionLine> suggestions,
		List<RatingLine> ratings, LocalDate preparedOn) {

	public static final int LIST_LIMIT = 200;

	/** Who the record is of. */
	public record Deputy(Long id, String code, String name, AdministrativeLevel level, String venueCode,
			String venueName, VenueKind venueKind, String townshipName, String countyName, String groupName,
			Long countyId) {

	}

	/** The period's figures. */
	public record Figures(long receptionDays, long deputyActions, long votersReceived, long problemsRaised,
			long problemsAtSessions, long problemsTotal, long suggestionsLed, long suggestionsLedClosed,
			long suggestionsCoSigned, long ratingsGiven, long ratingsSatisfied, long ratingsBasicallySatisfied,
			long ratingsUnsatisfied) {

	}

	/** A session the deputy attended. */
	public record SessionLine(Long id, SessionKind kind, LocalDate heldOn, String venueName, String theme,
			Integer votersReceived, long problems) {

	}

	/** A problem they recorded themselves, or found at a session they attended. */
	public record ProblemLine(Long id, String trackingNumber, String title, LocalDate foundOn, String status,
			boolean raisedByDeputy, boolean atSession) {

	}

	/** A suggestion they led or co-signed. */
	public record SuggestionLine(Long id, String number, String title, LocalDate proposedOn, String status,
			boolean lead, String resultClass) {

	}

	/** A rating they gave a reply, on both axes. */
	public record RatingLine(String suggestionNumber, String title, LocalDate ratedOn, int round, String handlingWork,
			String result, boolean onBehalf) {

	}

}
