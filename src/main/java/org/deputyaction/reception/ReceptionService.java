package org.deputyaction.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.audit.AuditEntry;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.reception.ReceptionCommands.CancelSession;
import org.deputyaction.reception.ReceptionCommands.RecordSession;
import org.deputyaction.reception.ReceptionCommands.RecordSessionProblem;
import org.deputyaction.reception.ReceptionCommands.Reschedule;
import org.deputyaction.reception.ReceptionCommands.Schedule;
import org.deputyaction.reception.ReceptionCommands.ScheduleSession;
import org.deputyaction.reception.ReceptionViews.Announcement;
import org.deputyaction.reception.ReceptionViews.DeputyChoice;
import org.deputyaction.reception.ReceptionViews.ProblemLink;
import org.deputyaction.reception.ReceptionViews.SessionDetail;
import org.deputyaction.reception.ReceptionViews.SessionPage;
import org.deputyaction.reception.ReceptionViews.VenueRef;
import org.deputyaction.reception.internal.ReceptionQueries;
import org.deputyaction.reception.internal.ReceptionSession;
import org.deputyaction.reception.internal.ReceptionSessionRepository;
import org.deputyaction.reception.internal.SessionRecords;
import org.deputyaction.suggestion.AttachmentDownload;
import org.deputyaction.suggestion.AttachmentType;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reception days and deputy actions: scheduling, recording afterwards, the problems found
 * and the photos, and the lists. County staff manage their county's sessions, the
 * prefecture office all; a deputy reads their own venue's; others' ids are not found.
 * Every change goes to the audit log with who and when.
 */
@Service
@Validated
@Transactional
public class ReceptionService {

	/** The audit log's entity type of sessions. */
	public static final String AUDIT_TYPE = "reception-session";

	static final int MAX_PHOTOS = 30;

	static final int LINKABLE_PROBLEMS = 50;

	private final ReceptionSessionRepository sessions;

	private final ReceptionQueries queries;

	private final SessionRecords records;

	private final ProblemService problems;

	private final LoopSettingsService loopSettings;

	private final AuditLog audit;

	private final Clock clock;

	ReceptionService(ReceptionSessionRepository sessions, ReceptionQueries queries, SessionRecords records,
			ProblemService problems, LoopSettingsService loopSettings, AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.queries = queries;
		this.records = records;
		this.problems = problems;
		this.loopSettings = loopSettings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in the prefecture. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Schedules a session at a venue of the user's county (any venue for the prefecture
	 * office) and returns its id.
	 */
	public Long schedule(@Valid ScheduleSession command, CurrentUser user) {
		VenueRef venue = this.queries.venue(command.venueId()).orElseThrow(NotFoundException::new);
		requireManager(user, venue.countyId());
		Schedule schedule = command.schedule();
		checkSchedule(schedule, venue.id(), Set.of());
		ReceptionSession session = new ReceptionSession(venue.countyId(), venue.id(), schedule.kind(), now(),
				user.displayName());
		apply(session, schedule, user);
		this.sessions.saveAndFlush(session);
		this.audit.record(AUDIT_TYPE, session.getId().toString(), AuditLog.CREATED, describe(venue, session));
		return session.getId();
	}

	/** Changes date, time, place, theme or deputies on duty of a session. */
	public void reschedule(@Valid Reschedule command, CurrentUser user) {
		ReceptionSession session = managed(command.sessionId(), command.version(), user);
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new ReceptionRuleViolation("reception.rule.cancelled");
		}
		checkSchedule(command.schedule(), session.getVenueId(), new HashSet<>(session.onDutyIds()));
		apply(session, command.schedule(), user);
		this.sessions.flush();
		VenueRef venue = this.queries.venue(session.getVenueId()).orElseThrow(NotFoundException::new);
		this.audit.record(AUDIT_TYPE, session.getId().toString(), AuditLog.UPDATED, describe(venue, session));
	}

	/**
	 * Records a session once held (on its day or later): attendance, voters received,
	 * minutes. A recorded session's record may be corrected the same way.
	 */
	public void record(@Valid RecordSession command, CurrentUser user) {
		ReceptionSession session = managed(command.sessionId(), command.version(), user);
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new ReceptionRuleViolation("reception.rule.cancelled");
		}
		if (session.getHeldOn().isAfter(today())) {
			throw new ReceptionRuleViolation("reception.rule.notHeldYet", session.getHeldOn());
		}
		Set<Long> allowed = ids(this.queries.deputiesOf(session.getVenueId()));
		allowed.addAll(session.onDutyIds());
		allowed.addAll(session.attendedIds());
		if (!allowed.containsAll(command.attended())) {
			throw new ReceptionRuleViolation("reception.rule.deputyNotOfVenue");
		}
		boolean first = session.getStatus() != SessionStatus.RECORDED;
		String minutes = blankToNull(command.minutes());
		session.record(command.attended(), command.votersReceived(), minutes, now(), user.displayName());
		this.sessions.flush();
		this.audit.record(AUDIT_TYPE, session.getId().toString(), first ? "RECORDED" : "RECORD_CORRECTED",
				"attended=" + command.attended().size() + "; voters=" + command.votersReceived() + "; minutes="
						+ ((minutes != null) ? minutes.length() : 0));
	}

	/** Cancels a scheduled session, with the reason; it leaves the announcements. */
	public void cancel(@Valid CancelSession command, CurrentUser user) {
		ReceptionSession session = managed(command.sessionId(), command.version(), user);
		if (session.getStatus() != SessionStatus.SCHEDULED) {
			throw new ReceptionRuleViolation("reception.rule.notScheduled");
		}
		session.cancel(command.reason().strip(), now(), user.displayName());
		this.sessions.flush();
		this.audit.record(AUDIT_TYPE, session.getId().toString(), "CANCELLED", command.reason().strip());
	}

	/** Links a problem of the session's venue as found at the session. */
	public void linkProblem(Long sessionId, Long problemId, CurrentUser user) {
		ReceptionSession session = managed(sessionId, user);
		Long venueId = this.queries.problemVenue(problemId).orElseThrow(NotFoundException::new);
		if (!Objects.equals(venueId, session.getVenueId())) {
			throw new ReceptionRuleViolation("reception.rule.problemOfOtherVenue");
		}
		if (this.records.link(sessionId, problemId, now(), user.displayName())) {
			this.audit.record(AUDIT_TYPE, sessionId.toString(), "PROBLEM_LINKED", "problem=" + problemId);
		}
	}

	public void unlinkProblem(Long sessionId, Long problemId, CurrentUser user) {
		managed(sessionId, user);
		if (this.records.unlink(sessionId, problemId)) {
			this.audit.record(AUDIT_TYPE, sessionId.toString(), "PROBLEM_UNLINKED", "problem=" + problemId);
		}
	}

	/**
	 * Records a new problem found at the session through the loop (source reception day,
	 * the session's date and venue) and links it. The same request token twice records
	 * one problem.
	 */
	public ProblemView recordProblem(@Valid RecordSessionProblem command, CurrentUser user) {
		ReceptionSession session = managed(command.sessionId(), user);
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new ReceptionRuleViolation("reception.rule.cancelled");
		}
		if (session.getHeldOn().isAfter(today())) {
			throw new ReceptionRuleViolation("reception.rule.notHeldYet", session.getHeldOn());
		}
		ProblemView problem = this.problems.record(new RecordProblem(command.requestToken(), session.getVenueId(),
				command.title(), command.description(), ProblemSource.RECEPTION_DAY, session.getHeldOn(),
				command.contactName(), command.contactPhone(), command.attachments()), user);
		if (this.records.link(session.getId(), problem.id(), now(), user.displayName())) {
			this.audit.record(AUDIT_TYPE, session.getId().toString(), "PROBLEM_RECORDED", problem.trackingNumber());
		}
		return problem;
	}

	/**
	 * Adds a photo: a picture, not empty, within the loop's size limit and allowed types.
	 */
	public Long addPhoto(Long sessionId, @Valid AttachmentUpload upload, CurrentUser user) {
		ReceptionSession session = managed(sessionId, user);
		LoopSettings settings = this.loopSettings.current();
		byte[] content = upload.content();
		if (content.length == 0) {
			throw new ReceptionRuleViolation("reception.rule.photoEmpty", upload.fileName());
		}
		if (content.length > settings.getMaxAttachmentBytes()) {
			throw new ReceptionRuleViolation("reception.rule.photoTooLarge", upload.fileName(),
					settings.getMaxAttachmentBytes() / 1024);
		}
		String fileName = cleanFileName(upload.fileName());
		AttachmentType type = AttachmentType.detect(content, fileName)
			.filter(AttachmentType::isImage)
			.filter(settings.getAllowedAttachmentTypes()::contains)
			.orElseThrow(() -> new ReceptionRuleViolation("reception.rule.photoType", upload.fileName()));
		if (this.records.photoCount(session.getId()) >= MAX_PHOTOS) {
			throw new ReceptionRuleViolation("reception.rule.photoTooMany", MAX_PHOTOS);
		}
		Long id = this.records.addPhoto(session.getId(), fileName, type.contentType(), content.clone(), now(),
				user.displayName());
		this.audit.record(AUDIT_TYPE, session.getId().toString(), "PHOTO_ADDED", fileName);
		return id;
	}

	public void removePhoto(Long sessionId, Long photoId, CurrentUser user) {
		managed(sessionId, user);
		String fileName = this.records.removePhoto(sessionId, photoId).orElseThrow(NotFoundException::new);
		this.audit.record(AUDIT_TYPE, sessionId.toString(), "PHOTO_REMOVED", fileName);
	}

	@Transactional(readOnly = true)
	public AttachmentDownload photo(Long sessionId, Long photoId, CurrentUser user) {
		readable(sessionId, user);
		SessionRecords.Photo photo = this.records.photo(sessionId, photoId).orElseThrow(NotFoundException::new);
		return new AttachmentDownload(photo.fileName(), photo.contentType(), photo.content());
	}

	/** A session with its deputies, problems and photos, for those who may see it. */
	@Transactional(readOnly = true)
	public SessionDetail detail(Long sessionId, CurrentUser user) {
		ReceptionSession session = readable(sessionId, user);
		VenueRef venue = this.queries.venue(session.getVenueId()).orElseThrow(NotFoundException::new);
		LocalDate today = today();
		boolean manager = isManager(user, session.getCountyId());
		boolean mayRecord = manager && session.getStatus() != SessionStatus.CANCELLED
				&& !session.getHeldOn().isAfter(today);
		return new SessionDetail(session.getId(), session.getVersion(), venue, session.getKind(), session.getHeldOn(),
				session.getStartsAt(), session.getEndsAt(), session.getPlace(), session.getTheme(), session.getStatus(),
				SessionState.of(session.getStatus(), session.getHeldOn(), today), session.getVotersReceived(),
				session.getMinutes(), session.getCancelReason(), local(session.getCreatedAt()), session.getCreatedBy(),
				local(session.getRecordedAt()), session.getRecordedBy(), local(session.getUpdatedAt()),
				session.getUpdatedBy(), this.queries.sessionDeputies(session.getId()),
				this.queries.sessionProblems(session.getId()), this.queries.photos(session.getId()), manager,
				mayRecord);
	}

	/** The venue's latest problems not yet linked to the session. */
	@Transactional(readOnly = true)
	public List<ProblemLink> linkableProblems(Long sessionId, CurrentUser user) {
		ReceptionSession session = managed(sessionId, user);
		return this.queries.linkableProblems(session.getId(), session.getVenueId(), LINKABLE_PROBLEMS);
	}

	/** The session's latest changes, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(Long sessionId, CurrentUser user) {
		readable(sessionId, user);
		return this.audit.recent(AUDIT_TYPE, sessionId.toString(), 30);
	}

	/**
	 * A page of sessions in the user's scope: county staff their county, the office all
	 * (or one county), a deputy their venue. A county or venue outside the scope is not
	 * found.
	 */
	@Transactional(readOnly = true)
	public SessionPage list(SessionFilter filter, CurrentUser user) {
		Long countyId = null;
		Long venueId = null;
		if (filter.county() != null) {
			countyId = this.queries.countyId(filter.county()).orElseThrow(NotFoundException::new);
			if (!mayReadCounty(user, countyId)) {
				throw new NotFoundException();
			}
		}
		if (filter.venue() != null) {
			VenueRef venue = this.queries.venue(filter.venue()).orElseThrow(NotFoundException::new);
			if (!mayReadVenue(user, venue)) {
				throw new NotFoundException();
			}
			venueId = venue.id();
		}
		switch (user.role()) {
			case COUNTY_STAFF -> countyId = requireCounty(user);
			case DEPUTY -> {
				if (user.venueId() == null) {
					throw new NotFoundException();
				}
				venueId = user.venueId();
			}
			case ADMIN, PREFECTURE_OFFICE -> {
			}
			default -> throw new AccessDeniedException("not for this role");
		}
		int size = SessionFilter.PAGE_SIZE;
		ReceptionQueries.Page page = this.queries.page(countyId, venueId, filter.kind(), filter.state(), filter.from(),
				filter.to(), today(), filter.page(), size);
		return new SessionPage(page.rows(), page.total(), filter.page(), size, page.overdue());
	}

	/**
	 * The venue a staff member schedules at, by code, with the deputies they may put on
	 * duty.
	 */
	@Transactional(readOnly = true)
	public VenueRef venueToManage(String code, CurrentUser user) {
		VenueRef venue = this.queries.venue(code).orElseThrow(NotFoundException::new);
		requireManager(user, venue.countyId());
		return venue;
	}

	@Transactional(readOnly = true)
	public VenueRef venueToManage(Long venueId, CurrentUser user) {
		VenueRef venue = this.queries.venue(venueId).orElseThrow(NotFoundException::new);
		requireManager(user, venue.countyId());
		return venue;
	}

	/**
	 * The venues a staff member may choose from: their county's; none for the office
	 * (which starts from a venue); refused to everyone who may not schedule.
	 */
	@Transactional(readOnly = true)
	public List<VenueRef> venuesToChoose(CurrentUser user) {
		if (!user.is(Role.PREFECTURE_OFFICE) && !user.is(Role.COUNTY_STAFF)) {
			throw new AccessDeniedException("scheduling is for the office and county staff");
		}
		if (user.is(Role.COUNTY_STAFF) && user.countyId() != null) {
			return this.queries.venuesOfCounty(user.countyId());
		}
		return List.of();
	}

	/** The deputies who serve the venue, to put on duty or mark present. */
	@Transactional(readOnly = true)
	public List<DeputyChoice> deputiesOf(Long venueId, CurrentUser user) {
		VenueRef venue = this.queries.venue(venueId).orElseThrow(NotFoundException::new);
		requireManager(user, venue.countyId());
		return this.queries.deputiesOf(venueId);
	}

	/**
	 * The next scheduled sessions of the signed-in deputy's venue.
	 */
	@Transactional(readOnly = true)
	public List<Announcement> upcomingForMe(CurrentUser user, int limit) {
		if (user == null || !user.is(Role.DEPUTY) || user.venueId() == null) {
			return List.of();
		}
		return this.queries.upcoming(user.venueId(), today(), limit);
	}

	private void apply(ReceptionSession session, Schedule schedule, CurrentUser user) {
		session.schedule(schedule.kind(), schedule.heldOn(), schedule.startsAt(), schedule.endsAt(),
				schedule.place().strip(), blankToNull(schedule.theme()), schedule.onDuty(), now(), user.displayName());
	}

	private void checkSchedule(Schedule schedule, Long venueId, Set<Long> alreadyOnDuty) {
		if (!schedule.endsAt().isAfter(schedule.startsAt())) {
			throw new ReceptionRuleViolation("reception.rule.endsBeforeStart");
		}
		Set<Long> allowed = ids(this.queries.deputiesOf(venueId));
		allowed.addAll(alreadyOnDuty);
		if (!allowed.containsAll(schedule.onDuty())) {
			throw new ReceptionRuleViolation("reception.rule.deputyNotOfVenue");
		}
	}

	private ReceptionSession managed(Long sessionId, long expectedVersion, CurrentUser user) {
		ReceptionSession session = managed(sessionId, user);
		if (session.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException(ReceptionSession.class, sessionId, expectedVersion,
					session.getVersion());
		}
		return session;
	}

	private ReceptionSession managed(Long sessionId, CurrentUser user) {
		ReceptionSession session = readable(sessionId, user);
		requireManager(user, session.getCountyId());
		return session;
	}

	private ReceptionSession readable(Long sessionId, CurrentUser user) {
		ReceptionSession session = this.sessions.findById(sessionId).orElseThrow(NotFoundException::new);
		boolean readable = switch (user.role()) {
			case ADMIN, PREFECTURE_OFFICE -> true;
			case COUNTY_STAFF -> Objects.equals(user.countyId(), session.getCountyId());
			case DEPUTY -> Objects.equals(user.venueId(), session.getVenueId());
			case HANDLING_UNIT -> false;
		};
		if (!readable) {
			throw new NotFoundException();
		}
		return session;
	}

	private static void requireManager(CurrentUser user, Long countyId) {
		if (isManager(user, countyId)) {
			return;
		}
		if (user.is(Role.ADMIN) || (user.is(Role.DEPUTY) && Objects.equals(user.countyId(), countyId))) {
			throw new AccessDeniedException("reads only");
		}
		throw new NotFoundException();
	}

	/** Whether the user manages the county's sessions: its staff or the office. */
	public static boolean isManager(CurrentUser user, Long countyId) {
		return user.is(Role.PREFECTURE_OFFICE)
				|| (user.is(Role.COUNTY_STAFF) && Objects.equals(user.countyId(), countyId));
	}

	private static boolean mayReadCounty(CurrentUser user, Long countyId) {
		return user.seesWholePrefecture() || (user.is(Role.COUNTY_STAFF) && Objects.equals(user.countyId(), countyId));
	}

	private static boolean mayReadVenue(CurrentUser user, VenueRef venue) {
		return mayReadCounty(user, venue.countyId())
				|| (user.is(Role.DEPUTY) && Objects.equals(user.venueId(), venue.id()));
	}

	private static Long requireCounty(CurrentUser user) {
		if (user.countyId() == null) {
			throw new NotFoundException();
		}
		return user.countyId();
	}

	private static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, TimeConfiguration.ZONE) : null;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static Set<Long> ids(List<DeputyChoice> deputies) {
		return deputies.stream().map(DeputyChoice::id).collect(Collectors.toCollection(HashSet::new));
	}

	private static String describe(VenueRef venue, ReceptionSession session) {
		return String.join("; ", venue.code(), session.getKind().name(),
				session.getHeldOn() + " " + session.getStartsAt() + "-" + session.getEndsAt(), session.getPlace(),
				Objects.toString(session.getTheme(), ""), "onDuty=" + session.onDutyIds().size());
	}

	static String cleanFileName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "photo";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
