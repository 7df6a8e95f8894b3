package org.deputyaction.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.deputyaction.audit.AuditEntry;
import org.deputyaction.reception.ReceptionCommands.CancelSession;
import org.deputyaction.reception.ReceptionCommands.RecordSession;
import org.deputyaction.reception.ReceptionCommands.RecordSessionProblem;
import org.deputyaction.reception.ReceptionCommands.Reschedule;
import org.deputyaction.reception.ReceptionViews.SessionDetail;
import org.deputyaction.reception.ReceptionViews.SessionDeputyView;
import org.deputyaction.reception.ReceptionViews.SessionPage;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.ConcurrentChangeException;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reception service's rules: scope (another county's staff find nothing), recording
 * attendance, linking and recording problems, photos, optimistic locking and the audit of
 * every change.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class ReceptionServiceTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	ReceptionService service;

	@Autowired
	ProblemService problems;

	ReceptionFixture f;

	LocalDate today;

	@BeforeEach
	void createOrganization() {
		this.f = new ReceptionFixture(this.context, this.organization);
		this.today = this.service.today();
	}

	@Test
	void staffOfAnotherCountyFindNothingOfTheSession() {
		Long id = this.f.schedule(this.today.minusDays(1));
		SessionDetail session = this.service.detail(id, this.f.staff);
		assertThatThrownBy(() -> this.service.detail(id, this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.record(new RecordSession(id, session.version(), Set.of(), 3, null),
				this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.reschedule(
				new Reschedule(id, session.version(),
						ReceptionFixture.plan(SessionKind.RECEPTION_DAY, this.today, null, Set.of())),
				this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.venueToManage(this.f.station.getCode(), this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.service.list(new SessionFilter(null, this.f.station.getCode(), null, null, null, null, 0),
						this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.service.list(SessionFilter.all(), this.f.otherCountyStaff).rows())
			.noneMatch((row) -> row.id().equals(id));
		assertThat(this.service.list(SessionFilter.all(), this.f.staff).rows()).anyMatch((row) -> row.id().equals(id));
	}

	@Test
	void deputiesReadTheirStationsSessionsButDoNotManageThem() {
		Long id = this.f.schedule(this.today.plusDays(3));
		assertThat(this.service.detail(id, this.f.deputy).mayManage()).isFalse();
		assertThatThrownBy(() -> this.service.linkableProblems(id, this.f.deputy))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.detail(id, this.f.otherStationDeputyUser))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.service.list(SessionFilter.all(), this.f.deputy).rows()).extracting((row) -> row.id())
			.contains(id);
		assertThat(this.service.list(SessionFilter.all(), this.f.otherStationDeputyUser).rows())
			.noneMatch((row) -> row.id().equals(id));
		assertThatThrownBy(
				() -> this.service.schedule(
						new ReceptionCommands.ScheduleSession(this.f.station.getId(),
								ReceptionFixture.plan(SessionKind.RECEPTION_DAY, this.today, null, Set.of())),
						this.f.admin))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyTheVenuesDeputiesGoOnDuty() {
		assertThatThrownBy(() -> this.f.schedule(SessionKind.RECEPTION_DAY, this.today.plusDays(1), null,
				Set.of(this.f.otherStationDeputy.getId())))
			.isInstanceOf(ReceptionRuleViolation.class)
			.hasMessage("reception.rule.deputyNotOfVenue");
	}

	@Test
	void recordingMarksWhoAttendedHowManyVotersCameAndTheMinutes() {
		Long id = this.f.schedule(this.today.minusDays(2));
		SessionDetail scheduled = this.service.detail(id, this.f.staff);
		assertThat(scheduled.state()).isEqualTo(SessionState.OVERDUE);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(this.f.staff, null, "ROLE_COUNTY_STAFF"));
		try {
			this.service.record(new RecordSession(id, scheduled.version(),
					Set.of(this.f.lead.getId(), this.f.third.getId()), 17, "  讨论了村道硬化和饮水问题。 "), this.f.staff);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		SessionDetail recorded = this.service.detail(id, this.f.staff);
		assertThat(recorded.status()).isEqualTo(SessionStatus.RECORDED);
		assertThat(recorded.votersReceived()).isEqualTo(17);
		assertThat(recorded.minutes()).isEqualTo("讨论了村道硬化和饮水问题。");
		assertThat(recorded.recordedBy()).isEqualTo(this.f.staff.displayName());
		assertThat(recorded.deputies())
			.extracting(SessionDeputyView::name, SessionDeputyView::onDuty, SessionDeputyView::attended)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.f.lead.getName(), true, true),
					org.assertj.core.groups.Tuple.tuple(this.f.second.getName(), true, false),
					org.assertj.core.groups.Tuple.tuple(this.f.third.getName(), false, true));
		assertThat(this.service.history(id, this.f.staff)).extracting(AuditEntry::action)
			.containsExactly("RECORDED", "CREATED");
		assertThat(this.service.history(id, this.f.staff).get(0).username()).isEqualTo(this.f.staff.getUsername());
	}

	@Test
	void aSessionIsNotRecordedBeforeItsDay() {
		Long id = this.f.schedule(this.today.plusDays(1));
		long version = this.service.detail(id, this.f.staff).version();
		assertThatThrownBy(() -> this.service.record(new RecordSession(id, version, Set.of(), 5, null), this.f.staff))
			.isInstanceOf(ReceptionRuleViolation.class)
			.hasMessage("reception.rule.notHeldYet");
	}

	@Test
	void aStaleVersionIsRefusedAndNothingIsOverwritten() {
		Long id = this.f.schedule(this.today.minusDays(1));
		long seen = this.service.detail(id, this.f.staff).version();
		this.service.record(new RecordSession(id, seen, Set.of(this.f.lead.getId()), 9, "第一位同事的纪要"), this.f.staff);
		assertThatThrownBy(
				() -> this.service.record(new RecordSession(id, seen, Set.of(), 30, "第二位同事的纪要"), this.f.office))
			.isInstanceOf(ConcurrentChangeException.class);
		SessionDetail after = this.service.detail(id, this.f.staff);
		assertThat(after.votersReceived()).isEqualTo(9);
		assertThat(after.minutes()).isEqualTo("第一位同事的纪要");
	}

	@Test
	void problemsOfTheVenueAreLinkedAndOthersRefused() {
		Long id = this.f.schedule(this.today.minusDays(1));
		ProblemView here = recordProblem(this.f.station.getId(), "村口路灯不亮");
		ProblemView elsewhere = recordProblem(this.f.otherStation.getId(), "别处的问题");
		assertThat(this.service.linkableProblems(id, this.f.staff)).extracting((p) -> p.id())
			.contains(here.id())
			.doesNotContain(elsewhere.id());
		this.service.linkProblem(id, here.id(), this.f.staff);
		this.service.linkProblem(id, here.id(), this.f.staff);
		assertThat(this.service.detail(id, this.f.staff).problems()).extracting((p) -> p.trackingNumber())
			.containsExactly(here.trackingNumber());
		assertThat(this.service.linkableProblems(id, this.f.staff)).extracting((p) -> p.id()).doesNotContain(here.id());
		assertThatThrownBy(() -> this.service.linkProblem(id, elsewhere.id(), this.f.staff))
			.isInstanceOf(ReceptionRuleViolation.class);
		this.service.unlinkProblem(id, here.id(), this.f.staff);
		assertThat(this.service.detail(id, this.f.staff).problems()).isEmpty();
		assertThat(this.service.history(id, this.f.staff)).extracting(AuditEntry::action)
			.containsSubsequence("PROBLEM_UNLINKED", "PROBLEM_LINKED", "CREATED");
	}

	@Test
	void aProblemRecordedFromTheSessionCarriesItsSourceDateAndVenue() {
		LocalDate heldOn = this.today.minusDays(4);
		Long id = this.f.schedule(heldOn);
		UUID token = UUID.randomUUID();
		ProblemView problem = this.service.recordProblem(
				new RecordSessionProblem(id, token, "河道缺少救生设备", "选民反映河道重点区域没有救生圈。", "欧阳选民", "13800000000", List.of()),
				this.f.staff);
		ProblemView again = this.service.recordProblem(
				new RecordSessionProblem(id, token, "河道缺少救生设备", "选民反映河道重点区域没有救生圈。", "欧阳选民", "13800000000", List.of()),
				this.f.staff);
		assertThat(again.id()).isEqualTo(problem.id());
		ProblemView stored = this.problems.get(problem.id(), this.f.staff);
		assertThat(stored.source()).isEqualTo(ProblemSource.RECEPTION_DAY);
		assertThat(stored.foundOn()).isEqualTo(heldOn);
		assertThat(stored.venueId()).isEqualTo(this.f.station.getId());
		assertThat(this.service.detail(id, this.f.staff).problems()).extracting((p) -> p.id())
			.containsExactly(problem.id());
	}

	@Test
	void photosArePicturesWithinTheLoopsLimits() {
		Long id = this.f.schedule(this.today.minusDays(1));
		Long photo = this.service.addPhoto(id, new AttachmentUpload("现场.png", "image/png", PNG), this.f.staff);
		assertThat(this.service.photo(id, photo, this.f.deputy).contentType()).isEqualTo("image/png");
		assertThatThrownBy(() -> this.service.addPhoto(id,
				new AttachmentUpload("notes.png", "image/png", "not a picture".getBytes()), this.f.staff))
			.isInstanceOf(ReceptionRuleViolation.class)
			.hasMessage("reception.rule.photoType");
		assertThatThrownBy(() -> this.service.photo(id, photo, this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
		this.service.removePhoto(id, photo, this.f.staff);
		assertThat(this.service.detail(id, this.f.staff).photos()).isEmpty();
	}

	@Test
	void listsFilterByStateKindAndPeriodAndCountOverdue() {
		Long overdue = this.f.schedule(this.today.minusDays(10));
		Long upcoming = this.f.schedule(SessionKind.DEPUTY_ACTION, this.today.plusDays(10), "夏察民情解难题", Set.of());
		Long cancelled = this.f.schedule(this.today.plusDays(20));
		this.service.cancel(new CancelSession(cancelled, this.service.detail(cancelled, this.f.staff).version(), "暴雨"),
				this.f.staff);
		String venue = this.f.station.getCode();
		SessionPage all = this.service.list(new SessionFilter(null, venue, null, null, null, null, 0), this.f.staff);
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.overdue()).isEqualTo(1);
		assertThat(all.rows()).extracting((row) -> row.id()).containsExactly(cancelled, upcoming, overdue);
		assertThat(this.service
			.list(new SessionFilter(null, venue, null, SessionState.OVERDUE, null, null, 0), this.f.staff)
			.rows()).extracting((row) -> row.id()).containsExactly(overdue);
		assertThat(this.service
			.list(new SessionFilter(null, venue, SessionKind.DEPUTY_ACTION, null, null, null, 0), this.f.staff)
			.rows()).extracting((row) -> row.id()).containsExactly(upcoming);
		assertThat(this.service
			.list(new SessionFilter(null, venue, null, null, this.today, this.today.plusDays(15), 0), this.f.staff)
			.rows()).extracting((row) -> row.id()).containsExactly(upcoming);
		assertThat(this.service
			.list(new SessionFilter(this.f.county.getCode(), null, null, SessionState.CANCELLED, null, null, 0),
					this.f.office)
			.rows()).extracting((row) -> row.id()).containsExactly(cancelled);
	}

	private ProblemView recordProblem(Long venueId, String title) {
		return this.problems.record(new RecordProblem(UUID.randomUUID(), venueId, title, "选民反映:" + title,
				ProblemSource.VISIT, this.today.minusDays(1), null, null, List.of()), this.f.staff);
	}

}
