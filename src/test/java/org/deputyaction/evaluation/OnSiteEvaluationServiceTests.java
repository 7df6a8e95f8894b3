package org.deputyaction.evaluation;

import java.time.Duration;
import java.util.Map;

import org.deputyaction.audit.AuditLog;
import org.deputyaction.evaluation.internal.EvaluationCodes;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Import(OrganizationFixture.class)
class OnSiteEvaluationServiceTests {

	private static final String HALL = "10.1.2.3";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private OnSiteEvaluationService evaluations;

	@Autowired
	private MutableClock clock;

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcTemplate jdbc;

	private EvaluationFixture f;

	@BeforeEach
	void build() {
		this.f = new EvaluationFixture(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void staffStartAnEvaluationOfTheLatestReplyWithAShortUnambiguousCode() {
		SuggestionDetail s = this.f.replied("路灯不亮");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.f.staff, null,
					this.f.staff.getAuthorities()));
		EvaluationView view;
		try {
			view = this.evaluations.start(s.id(), this.f.staff);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(view.open()).isTrue();
		assertThat(view.code()).hasSize(7).matches("[" + EvaluationCodes.ALPHABET + "]{7}");
		assertThat(view.title()).isEqualTo("路灯不亮");
		assertThat(view.summary()).isEqualTo("已修复路面并增设护栏");
		assertThat(Duration.between(view.openedAt(), view.expiresAt())).isEqualTo(Duration.ofMinutes(30));
		assertThat(view.openedBy()).isEqualTo(this.f.staff.displayName());
		assertThat(this.audit.recent(OnSiteEvaluationService.AUDIT_TYPE, view.code(), 5))
			.extracting((e) -> e.action(), (e) -> e.username())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OPENED", this.f.staff.getUsername()));
	}

	@Test
	void startingAgainWhileOneIsOpenReturnsTheOpenOne() {
		SuggestionDetail s = this.f.replied("重复开始");
		EvaluationView first = this.evaluations.start(s.id(), this.f.staff);
		EvaluationView again = this.evaluations.start(s.id(), this.f.office);
		assertThat(again.id()).isEqualTo(first.id());
	}

	@Test
	void closedItemsMayBeEvaluatedButUnrepliedOrUnpublishedOnesMayNot() {
		assertThat(this.evaluations.start(this.f.closed("已办结").id(), this.f.staff).open()).isTrue();
		SuggestionDetail assigned = this.f.assigned("未答复");
		assertThatExceptionOfType(EvaluationRefused.class)
			.isThrownBy(() -> this.evaluations.start(assigned.id(), this.f.staff))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("evaluation.refused.noReply"));
		SuggestionDetail hidden = this.f.unpublished(this.f.replied("不公开"));
		assertThatExceptionOfType(EvaluationRefused.class)
			.isThrownBy(() -> this.evaluations.start(hidden.id(), this.f.staff))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("evaluation.refused.notPublic"));
	}

	@Test
	void staffOfAnotherCountyAndDeputiesGetNotFound() {
		SuggestionDetail s = this.f.replied("范围");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.evaluations.start(s.id(), this.f.otherStaff));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.evaluations.start(s.id(), this.f.deputyUser));
		EvaluationView view = this.evaluations.start(s.id(), this.f.staff);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.evaluations.get(view.id(), this.f.otherStaff));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.evaluations.close(view.id(), this.f.otherStaff));
		assertThat(this.evaluations.get(view.id(), this.f.office).id()).isEqualTo(view.id());
		assertThat(this.evaluations.get(view.id(), this.f.staff).open()).isTrue();
	}

	@Test
	void aDeviceRatesOnceAndASecondRatingIsNotCounted() {
		EvaluationView view = this.evaluations.start(this.f.replied("一次").id(), this.f.staff);
		String phone = EvaluationCodes.newDeviceToken();
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, phone, HALL))
			.isEqualTo(RatingOutcome.COUNTED);
		assertThat(this.evaluations.rate(view.code(), Satisfaction.UNSATISFIED, phone, HALL))
			.isEqualTo(RatingOutcome.ALREADY_RATED);
		assertThat(this.evaluations.rate(view.code().toLowerCase(), Satisfaction.BASICALLY_SATISFIED,
				EvaluationCodes.newDeviceToken(), HALL))
			.isEqualTo(RatingOutcome.COUNTED);
		assertThat(this.evaluations.get(view.id(), this.f.staff).counts()).isEqualTo(new VoterCounts(1, 1, 0));
		assertThat(this.evaluations.forVoter(view.code(), phone, HALL).ratedAs()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(this.evaluations.forVoter(view.code(), EvaluationCodes.newDeviceToken(), HALL).ratedAs()).isNull();
	}

	@Test
	void onlyTheDevicesHashIsStoredNeverTheCookieOrTheAddress() {
		EvaluationView view = this.evaluations.start(this.f.replied("匿名").id(), this.f.staff);
		String phone = EvaluationCodes.newDeviceToken();
		this.evaluations.rate(view.code(), Satisfaction.SATISFIED, phone, "10.9.9.9");
		Map<String, Object> row = this.jdbc
			.queryForMap("select device_hash, address_hash from onsite_rating where evaluation_id = ?", view.id());
		assertThat(row.get("device_hash")).isEqualTo(EvaluationCodes.hash(phone)).isNotEqualTo(phone);
		assertThat((String) row.get("address_hash")).doesNotContain("10.9.9.9");
	}

	@Test
	void aBrowserWithoutTheDeviceCookieIsNotCounted() {
		EvaluationView view = this.evaluations.start(this.f.replied("无 cookie").id(), this.f.staff);
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, null, HALL))
			.isEqualTo(RatingOutcome.NO_DEVICE);
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, "forged", HALL))
			.isEqualTo(RatingOutcome.NO_DEVICE);
		assertThat(this.evaluations.get(view.id(), this.f.staff).counts().total()).isZero();
	}

	@Test
	void ratingsPerAddressAreCappedButAMeetingsSharedNetworkGetsMany() {
		EvaluationView view = this.evaluations.start(this.f.replied("同一网络").id(), this.f.staff);
		for (int i = 0; i < 300; i++) {
			assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(),
					"10.0.0.7"))
				.isEqualTo(RatingOutcome.COUNTED);
		}
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(),
				"10.0.0.7"))
			.isEqualTo(RatingOutcome.ADDRESS_LIMIT_REACHED);
		assertThat(this.evaluations.rate(view.code(), Satisfaction.UNSATISFIED, EvaluationCodes.newDeviceToken(),
				"10.0.0.8"))
			.isEqualTo(RatingOutcome.COUNTED);
		assertThat(this.evaluations.get(view.id(), this.f.staff).counts()).isEqualTo(new VoterCounts(300, 0, 1));
	}

	@Test
	void anEvaluationExpiresAfterItsTimeAndTakesNoMoreRatings() {
		this.clock.setToday(java.time.LocalDate.of(2026, 3, 10));
		EvaluationView view = this.evaluations.start(this.f.replied("到时").id(), this.f.staff);
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(), HALL))
			.isEqualTo(RatingOutcome.COUNTED);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(), HALL))
			.isEqualTo(RatingOutcome.EXPIRED);
		assertThat(this.evaluations.forVoter(view.code(), null, HALL).state()).isEqualTo(EvaluationState.EXPIRED);
		EvaluationView after = this.evaluations.get(view.id(), this.f.staff);
		assertThat(after.state()).isEqualTo(EvaluationState.EXPIRED);
		assertThat(after.counts().total()).isEqualTo(1);
	}

	@Test
	void staffCloseEarlyAndTheClosingIsRecordedWithWhoAndWhen() {
		EvaluationView view = this.evaluations.start(this.f.replied("提前结束").id(), this.f.staff);
		EvaluationView closed = this.evaluations.close(view.id(), this.f.office);
		assertThat(closed.state()).isEqualTo(EvaluationState.CLOSED);
		assertThat(closed.closedBy()).isEqualTo(this.f.office.displayName());
		assertThat(closed.closedAt()).isNotNull();
		assertThat(this.evaluations.rate(view.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(), HALL))
			.isEqualTo(RatingOutcome.CLOSED);
		assertThat(this.audit.recent(OnSiteEvaluationService.AUDIT_TYPE, view.code(), 5)).extracting((e) -> e.action())
			.containsExactly("CLOSED", "OPENED");
		// A second start opens a new evaluation with a new code.
		EvaluationView next = this.evaluations.start(view.suggestionId(), this.f.staff);
		assertThat(next.id()).isNotEqualTo(view.id());
		assertThat(next.code()).isNotEqualTo(view.code());
	}

	@Test
	void wrongCodesAreThrottledPerAddress() {
		EvaluationView view = this.evaluations.start(this.f.replied("猜码").id(), this.f.staff);
		String guesser = "10.66." + (System.nanoTime() % 250) + ".1";
		for (int i = 0; i < 20; i++) {
			assertThatExceptionOfType(WrongCodeException.class)
				.isThrownBy(() -> this.evaluations.forVoter(EvaluationCodes.newCode(), null, guesser))
				.satisfies((ex) -> assertThat(ex.throttled()).isFalse());
		}
		assertThatExceptionOfType(WrongCodeException.class)
			.isThrownBy(() -> this.evaluations.forVoter(view.code(), null, guesser))
			.satisfies((ex) -> assertThat(ex.throttled()).isTrue());
		assertThat(this.evaluations.forVoter(view.code(), null, HALL).open()).isTrue();
	}

	@Test
	void thePanelCountsEveryEvaluationOfTheItem() {
		SuggestionDetail s = this.f.replied("两次会议");
		EvaluationView first = this.evaluations.start(s.id(), this.f.staff);
		this.evaluations.rate(first.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(), HALL);
		this.evaluations.close(first.id(), this.f.staff);
		EvaluationView second = this.evaluations.start(s.id(), this.f.staff);
		this.evaluations.rate(second.code(), Satisfaction.UNSATISFIED, EvaluationCodes.newDeviceToken(), HALL);
		EvaluationPanel panel = this.evaluations.panel(s, this.f.staff);
		assertThat(panel.counts()).isEqualTo(new VoterCounts(1, 0, 1));
		assertThat(panel.evaluations()).extracting(EvaluationView::id).containsExactly(second.id(), first.id());
		assertThat(panel.openEvaluation().id()).isEqualTo(second.id());
		assertThat(this.evaluations.panel(s, this.f.otherStaff).evaluations()).isEmpty();
		assertThat(this.jdbc.queryForMap(
				"select voter_satisfied, voter_basically, voter_unsatisfied from suggestion_measure where suggestion_id = ?",
				s.id()))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("voter_satisfied", 1, "voter_basically", 0, "voter_unsatisfied", 1));
	}

	@Test
	void concurrentRatingsAtAMeetingAreAllCountedAndATwiceSentOneOnce() throws Exception {
		SuggestionDetail s = this.f.replied("同时提交");
		EvaluationView view = this.evaluations.start(s.id(), this.f.staff);
		String samePhone = EvaluationCodes.newDeviceToken();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			java.util.List<java.util.concurrent.Future<RatingOutcome>> outcomes = new java.util.ArrayList<>();
			for (int i = 0; i < 30; i++) {
				String device = (i % 10 == 0) ? samePhone : EvaluationCodes.newDeviceToken();
				outcomes
					.add(pool.submit(() -> this.evaluations.rate(view.code(), Satisfaction.SATISFIED, device, HALL)));
			}
			long counted = 0;
			for (java.util.concurrent.Future<RatingOutcome> outcome : outcomes) {
				if (outcome.get().counted()) {
					counted++;
				}
			}
			assertThat(counted).isEqualTo(28);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.evaluations.get(view.id(), this.f.staff).counts()).isEqualTo(new VoterCounts(28, 0, 0));
		assertThat(this.jdbc.queryForObject("select voter_satisfied from suggestion_measure where suggestion_id = ?",
				Integer.class, s.id()))
			.isEqualTo(28);
	}

}
