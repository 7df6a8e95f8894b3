package org.deputyaction.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.evaluation.internal.EvaluationCodes;
import org.deputyaction.evaluation.internal.EvaluationSession;
import org.deputyaction.evaluation.internal.EvaluationSessionRepository;
import org.deputyaction.evaluation.internal.OnSiteRatings;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionDetail.ReplyLine;
import org.deputyaction.suggestion.SuggestionDetail.RoundLine;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.ShortLivedCaches;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Opens and closes on-site evaluations for staff of the item's county (and the prefecture
 * office), and takes the voters' ratings: once per device, at most a set number per
 * client address and evaluation, only while the evaluation is open. Every opening and
 * closing is recorded in the audit log with who and when (and kept on the evaluation
 * itself).
 */
@Service
@Transactional
public class OnSiteEvaluationService {

	/** The audit log's record type. */
	static final String AUDIT_TYPE = "onsite-evaluation";

	private static final int CODE_ATTEMPTS = 10;

	private final EvaluationSessionRepository sessions;

	private final OnSiteRatings ratings;

	private final SuggestionService suggestions;

	private final AuditLog audit;

	/**
	 * Emptied when an evaluation opens or closes or a rating counts: kept pages show
	 * them.
	 */
	private final ShortLivedCaches caches;

	private final Clock clock;

	private final Duration duration;

	private final int ratingsPerAddress;

	private final int wrongCodesPerAddress;

	private final Duration wrongCodeWindow;

	OnSiteEvaluationService(EvaluationSessionRepository sessions, OnSiteRatings ratings, SuggestionService suggestions,
			AuditLog audit, ShortLivedCaches caches, Clock clock,
			@Value("${deputyaction.evaluation.duration:30m}") Duration duration,
			@Value("${deputyaction.evaluation.ratings-per-address:300}") int ratingsPerAddress,
			@Value("${deputyaction.evaluation.wrong-codes-per-address:20}") int wrongCodesPerAddress,
			@Value("${deputyaction.evaluation.wrong-code-window:15m}") Duration wrongCodeWindow) {
		Assert.isTrue(!duration.isNegative() && !duration.isZero(), "an evaluation must last some time");
		this.sessions = sessions;
		this.ratings = ratings;
		this.suggestions = suggestions;
		this.audit = audit;
		this.caches = caches;
		this.clock = clock;
		this.duration = duration;
		this.ratingsPerAddress = Math.max(1, ratingsPerAddress);
		this.wrongCodesPerAddress = Math.max(1, wrongCodesPerAddress);
		this.wrongCodeWindow = wrongCodeWindow;
	}

	/** How long a new evaluation takes ratings. */
	public Duration duration() {
		return this.duration;
	}

	/**
	 * Opens an evaluation of the item's latest reply, or returns the one already open.
	 * @throws NotFoundException when the item is outside the user's scope or the user is
	 * not county staff or the prefecture office
	 * @throws EvaluationRefused when the item has no reply or is not published
	 */
	public EvaluationView start(Long suggestionId, CurrentUser user) {
		checkRole(user);
		SuggestionDetail detail = this.suggestions.get(suggestionId, user);
		Instant now = this.clock.instant();
		Optional<EvaluationSession> open = this.sessions.findBySuggestionIdOrderByOpenedAtDescIdDesc(suggestionId)
			.stream()
			.filter((s) -> s.isOpenAt(now))
			.findFirst();
		if (open.isPresent()) {
			return view(open.get(), now);
		}
		String refusal = refusal(detail);
		if (refusal != null) {
			throw new EvaluationRefused(refusal);
		}
		RoundLine round = latestReplied(detail);
		ReplyLine reply = round.reply();
		EvaluationSession session = this.sessions.saveAndFlush(new EvaluationSession(newCode(), detail.id(),
				detail.countyId(), reply.id(), round.number(), detail.title(), reply.measures(), reply.resultClass(),
				now, now.plus(this.duration), user.id(), user.displayName()));
		this.audit.record(AUDIT_TYPE, session.getCode(), "OPENED",
				detail.number() + ", " + EvaluationView.local(session.getExpiresAt()));
		this.caches.forget();
		return view(session, now);
	}

	/**
	 * Closes an open evaluation early; one that is already over is returned as it is.
	 */
	public EvaluationView close(Long evaluationId, CurrentUser user) {
		EvaluationSession session = inScope(evaluationId, user);
		Instant now = this.clock.instant();
		if (session.isOpenAt(now)) {
			session.close(now, user.id(), user.displayName());
			this.sessions.saveAndFlush(session);
			this.audit.record(AUDIT_TYPE, session.getCode(), "CLOSED", null);
			this.caches.forget();
		}
		return view(session, now);
	}

	/** An evaluation with its counts, for the presenter's screen. */
	@Transactional(readOnly = true)
	public EvaluationView get(Long evaluationId, CurrentUser user) {
		EvaluationSession session = inScope(evaluationId, user);
		return view(session, this.clock.instant());
	}

	/**
	 * The evaluations of an item whose page the user is reading (already checked against
	 * the user's scope by the suggestion module), in two statements.
	 */
	@Transactional(readOnly = true)
	public EvaluationPanel panel(SuggestionDetail detail, CurrentUser user) {
		if (user == null || !user.mayReadCounty(detail.countyId())) {
			return new EvaluationPanel(detail.id(), VoterCounts.NONE, List.of(), false, null, null);
		}
		Instant now = this.clock.instant();
		List<EvaluationSession> found = this.sessions.findBySuggestionIdOrderByOpenedAtDescIdDesc(detail.id());
		Map<Long, VoterCounts> counts = this.ratings
			.perEvaluation(found.stream().map(EvaluationSession::getId).toList());
		List<EvaluationView> views = new ArrayList<>();
		VoterCounts total = VoterCounts.NONE;
		EvaluationView open = null;
		for (EvaluationSession session : found) {
			EvaluationView view = EvaluationView.of(session, now, counts.get(session.getId()));
			views.add(view);
			total = total.plus(view.counts());
			if (open == null && view.open()) {
				open = view;
			}
		}
		boolean staff = mayManage(user);
		String refusal = staff ? refusal(detail) : null;
		return new EvaluationPanel(detail.id(), total, views, staff && refusal == null, refusal, open);
	}

	/**
	 * The public page of an evaluation, with how this device rated it.
	 * @throws WrongCodeException when no evaluation has the code, or too many wrong codes
	 * came from the address lately
	 */
	@Transactional(noRollbackFor = WrongCodeException.class)
	public PublicEvaluation forVoter(String code, String deviceToken, String clientAddress) {
		EvaluationSession session = lookUp(code, clientAddress, false);
		Satisfaction ratedAs = EvaluationCodes.isDeviceToken(deviceToken)
				? this.ratings.ratedBy(session.getId(), EvaluationCodes.hash(deviceToken)) : null;
		return publicView(session, ratedAs);
	}

	/**
	 * Takes a voter's rating.
	 * @throws WrongCodeException when no evaluation has the code, or too many wrong codes
	 * came from the address lately
	 */
	@Transactional(noRollbackFor = WrongCodeException.class)
	public RatingOutcome rate(String code, Satisfaction satisfaction, String deviceToken, String clientAddress) {
		Assert.notNull(satisfaction, "a rating is required");
		EvaluationSession session = lookUp(code, clientAddress, true);
		EvaluationState state = EvaluationState.of(session, this.clock.instant());
		if (state == EvaluationState.CLOSED) {
			return RatingOutcome.CLOSED;
		}
		if (state == EvaluationState.EXPIRED) {
			return RatingOutcome.EXPIRED;
		}
		if (!EvaluationCodes.isDeviceToken(deviceToken)) {
			return RatingOutcome.NO_DEVICE;
		}
		String device = EvaluationCodes.hash(deviceToken);
		if (this.ratings.ratedBy(session.getId(), device) != null) {
			return RatingOutcome.ALREADY_RATED;
		}
		String address = addressHash(clientAddress);
		if (this.ratings.fromAddress(session.getId(), address) >= this.ratingsPerAddress) {
			return RatingOutcome.ADDRESS_LIMIT_REACHED;
		}
		if (!this.ratings.add(session, satisfaction, device, address, this.clock.instant())) {
			return RatingOutcome.ALREADY_RATED;
		}
		this.caches.forget();
		return RatingOutcome.COUNTED;
	}

	private EvaluationSession lookUp(String typed, String clientAddress, boolean lock) {
		String address = addressHash(clientAddress);
		Instant now = this.clock.instant();
		if (this.ratings.missesSince(address, now.minus(this.wrongCodeWindow)) >= this.wrongCodesPerAddress) {
			throw new WrongCodeException(true);
		}
		String code = EvaluationCodes.normalize(typed);
		Optional<EvaluationSession> session = (code == null) ? Optional.empty()
				: (lock ? this.sessions.lockByCode(code) : this.sessions.findByCode(code));
		if (session.isEmpty()) {
			this.ratings.recordMiss(address, now);
			throw new WrongCodeException(false);
		}
		return session.get();
	}

	private PublicEvaluation publicView(EvaluationSession session, Satisfaction ratedAs) {
		return new PublicEvaluation(session.getCode(), session.getTitle(), session.getSummary(),
				session.getResultClass(), EvaluationState.of(session, this.clock.instant()),
				EvaluationView.local(session.getExpiresAt()), ratedAs);
	}

	private EvaluationSession inScope(Long evaluationId, CurrentUser user) {
		checkRole(user);
		EvaluationSession session = this.sessions.findById(evaluationId).orElseThrow(NotFoundException::new);
		if (!user.mayReadCounty(session.getCountyId())) {
			throw new NotFoundException();
		}
		return session;
	}

	private EvaluationView view(EvaluationSession session, Instant now) {
		return EvaluationView.of(session, now,
				this.ratings.perEvaluation(List.of(session.getId())).get(session.getId()));
	}

	private String newCode() {
		for (int i = 0; i < CODE_ATTEMPTS; i++) {
			String code = EvaluationCodes.newCode();
			if (!this.sessions.existsByCode(code)) {
				return code;
			}
		}
		throw new IllegalStateException("no free evaluation code");
	}

	private static String refusal(SuggestionDetail detail) {
		if (detail.status() != LoopStatus.FED_BACK && detail.status() != LoopStatus.CLOSED
				|| latestReplied(detail) == null) {
			return "evaluation.refused.noReply";
		}
		if (!detail.publicVisible()) {
			return "evaluation.refused.notPublic";
		}
		return null;
	}

	private static RoundLine latestReplied(SuggestionDetail detail) {
		RoundLine latest = null;
		for (RoundLine round : detail.rounds()) {
			if (round.reply() != null && (latest == null || round.number() > latest.number())) {
				latest = round;
			}
		}
		return latest;
	}

	private static boolean mayManage(CurrentUser user) {
		return user.is(Role.COUNTY_STAFF) || user.is(Role.PREFECTURE_OFFICE);
	}

	private static void checkRole(CurrentUser user) {
		if (user == null || !mayManage(user)) {
			throw new NotFoundException();
		}
	}

	private static String addressHash(String clientAddress) {
		return EvaluationCodes.hash((clientAddress != null) ? clientAddress : "");
	}

}
