package org.deputyaction.suggestion;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.suggestion.ProblemCommands.MarkSpam;
import org.deputyaction.suggestion.ProblemCommands.MergeProblem;
import org.deputyaction.suggestion.ProblemCommands.RecordOnlineProblem;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemCommands.SettleProblem;
import org.deputyaction.suggestion.internal.AttachmentRepository;
import org.deputyaction.suggestion.internal.ProblemRepository;
import org.deputyaction.suggestion.internal.RequestTokens;
import org.deputyaction.suggestion.internal.TimelineEntryRepository;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.OutOfScopeException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Problems found (发现问题): recorded by county staff or a deputy of the venue (or a voter
 * online), then triaged: resolved directly, merged, declined, or written up as a
 * suggestion by {@link SuggestionService}.
 */
@Service
@Validated
@Transactional
public class ProblemService {

	private static final char[] TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final ProblemRepository problems;

	private final VenueRepository venues;

	private final AttachmentRepository attachments;

	private final TimelineEntryRepository timeline;

	private final AttachmentStore store;

	private final RequestTokens tokens;

	private final LoopScope scope;

	private final LoopSupport support;

	private final LoopReads reads;

	ProblemService(ProblemRepository problems, VenueRepository venues, AttachmentRepository attachments,
			TimelineEntryRepository timeline, AttachmentStore store, RequestTokens tokens, LoopScope scope,
			LoopSupport support, LoopReads reads) {
		this.problems = problems;
		this.venues = venues;
		this.attachments = attachments;
		this.timeline = timeline;
		this.store = store;
		this.tokens = tokens;
		this.scope = scope;
		this.support = support;
		this.reads = reads;
	}

	/**
	 * Records a problem. Staff of the venue's county and deputies registered at the venue
	 * may; submitting the same request token again returns the first problem.
	 */
	public ProblemView record(@Valid RecordProblem command, CurrentUser user) {
		Venue venue = this.venues.findById(command.venueId()).orElseThrow(NotFoundException::new);
		Long countyId = venue.getCounty().getId();
		boolean deputyHere = user.is(Role.DEPUTY) && Objects.equals(user.venueId(), venue.getId());
		if (!LoopScope.isStaffOf(user, countyId) && !deputyHere) {
			if (user.is(Role.ADMIN)) {
				throw new AccessDeniedException("administrators do not record problems");
			}
			throw new OutOfScopeException();
		}
		this.tokens.lock("problem", command.requestToken());
		Problem existing = this.problems.findByRequestToken(command.requestToken()).orElse(null);
		if (existing != null) {
			if (!Objects.equals(existing.getRecordedByUserId(), user.id())) {
				throw new OutOfScopeException();
			}
			return view(existing, user);
		}
		if (command.foundOn().isAfter(this.support.today())) {
			throw new LoopRuleViolation("loop.rule.foundInFuture", command.foundOn());
		}
		Problem problem = this.problems.save(new Problem(newTrackingNumber(), command.requestToken(), countyId,
				venue.getId(), command.title().strip(), command.description().strip(), command.source(),
				command.foundOn(), blankToNull(command.contactName()), blankToNull(command.contactPhone()), user.id(),
				deputyHere ? user.deputyId() : null, this.support.now()));
		for (AttachmentUpload upload : command.attachments()) {
			this.store.store(problem.getId(), null, null, upload, user);
		}
		this.support.record(problem, user, TimelineAction.PROBLEM_RECORDED, null, LoopStatus.FOUND, problem.getTitle());
		this.support.publish(new ProblemRecorded(problem.getId(), problem.getTrackingNumber(), countyId, venue.getId(),
				problem.getSource(), problem.getFoundOn()));
		return view(problem, user);
	}

	/**
	 * Records a problem a voter raised online, with an optional photo (JPEG or PNG), and
	 * returns its tracking number and the private key that opens its tracking page (only
	 * the key's hash is kept). The same request token twice gives the same number, and no
	 * key the second time.
	 */
	public OnlineReceipt recordOnline(@Valid RecordOnlineProblem command) {
		Venue venue = this.venues.findById(command.venueId())
			.filter(Venue::isActive)
			.orElseThrow(NotFoundException::new);
		this.tokens.lock("problem", command.requestToken());
		Problem existing = this.problems.findByRequestToken(command.requestToken()).orElse(null);
		if (existing != null) {
			if (existing.getRecordedByUserId() != null || existing.getSource() != ProblemSource.ONLINE) {
				throw new NotFoundException();
			}
			return new OnlineReceipt(existing.getTrackingNumber(), null);
		}
		AttachmentUpload photo = command.photo();
		if (photo != null && AttachmentType.detect(photo.content(), photo.fileName())
			.filter((type) -> type == AttachmentType.JPEG || type == AttachmentType.PNG)
			.isEmpty()) {
			throw new LoopRuleViolation("loop.rule.onlinePhotoType", photo.fileName());
		}
		Problem problem = new Problem(newTrackingNumber(), command.requestToken(), venue.getCounty().getId(),
				venue.getId(), command.title().strip(), command.description().strip(), ProblemSource.ONLINE,
				this.support.today(), blankToNull(command.contactName()), blankToNull(command.contactPhone()), null,
				null, this.support.now());
		String key = ProblemTracking.newKey();
		problem.protectWith(ProblemTracking.hash(key));
		problem = this.problems.save(problem);
		if (photo != null) {
			this.store.store(problem.getId(), null, null, photo, null);
		}
		this.support.record(problem, null, TimelineAction.PROBLEM_RECORDED, null, LoopStatus.FOUND, problem.getTitle());
		this.support.publish(new ProblemRecorded(problem.getId(), problem.getTrackingNumber(), problem.getCountyId(),
				venue.getId(), ProblemSource.ONLINE, problem.getFoundOn()));
		return new OnlineReceipt(problem.getTrackingNumber(), key);
	}

	/**
	 * Marks an online problem as spam (hidden from the queue and the figures, kept and
	 * counted), or takes the mark back. Staff of its county only.
	 */
	public ProblemView markSpam(@Valid MarkSpam command, CurrentUser user) {
		Problem problem = this.scope.problem(command.problemId(), command.version(), user);
		LoopScope.requireStaffOf(user, problem.getCountyId());
		if (command.spam()) {
			problem.markSpam(user.id(), this.support.now());
		}
		else {
			problem.clearSpam(this.support.now());
		}
		this.support.record(problem, user,
				command.spam() ? TimelineAction.PROBLEM_MARKED_SPAM : TimelineAction.PROBLEM_SPAM_CLEARED,
				problem.getStatus(), problem.getStatus(), null);
		this.problems.flush();
		return view(problem, user);
	}

	/** Resolved on the spot: no suggestion needed. Staff only. */
	public ProblemView resolveDirectly(@Valid SettleProblem command, CurrentUser user) {
		return settle(command.problemId(), command.version(), LoopStatus.RESOLVED_DIRECTLY, command.reason(), null,
				TimelineAction.PROBLEM_RESOLVED_DIRECTLY, user);
	}

	/** Not admissible (personal matters, court cases and the like). Staff only. */
	public ProblemView decline(@Valid SettleProblem command, CurrentUser user) {
		return settle(command.problemId(), command.version(), LoopStatus.DECLINED, command.reason(), null,
				TimelineAction.PROBLEM_DECLINED, user);
	}

	/** Merged into another open or written-up problem of the same county. Staff only. */
	public ProblemView merge(@Valid MergeProblem command, CurrentUser user) {
		Problem target = this.scope.problem(command.targetProblemId(), user);
		if (Objects.equals(target.getId(), command.problemId())) {
			throw new LoopRuleViolation("loop.rule.mergeIntoItself");
		}
		if (target.getStatus() != LoopStatus.FOUND && target.getStatus() != LoopStatus.PROPOSED) {
			throw new LoopRuleViolation("loop.rule.mergeTargetSettled", target.getTrackingNumber());
		}
		Problem problem = this.scope.problem(command.problemId(), user);
		if (!Objects.equals(problem.getCountyId(), target.getCountyId())) {
			throw new LoopRuleViolation("loop.rule.mergeAcrossCounties");
		}
		return settle(command.problemId(), command.version(), LoopStatus.MERGED,
				command.reason() + " → " + target.getTrackingNumber(), target.getId(), TimelineAction.PROBLEM_MERGED,
				user);
	}

	private ProblemView settle(Long problemId, long version, LoopStatus outcome, String reason, Long mergedIntoId,
			TimelineAction action, CurrentUser user) {
		Problem problem = this.scope.problem(problemId, version, user);
		LoopScope.requireStaffOf(user, problem.getCountyId());
		LoopStatus before = problem.getStatus();
		problem.settle(outcome, reason.strip(), mergedIntoId, this.support.now());
		this.support.record(problem, user, action, before, outcome, reason.strip());
		this.support.publish(new ProblemSettled(problem.getId(), problem.getCountyId(), outcome));
		this.problems.flush();
		return view(problem, user);
	}

	/**
	 * Adds a photo or document to a problem: staff of its county, or a deputy who sees
	 * it.
	 */
	public AttachmentView attach(Long problemId, @Valid AttachmentUpload upload, CurrentUser user) {
		Problem problem = this.scope.problem(problemId, user);
		LoopScope.require(LoopScope.isStaffOf(user, problem.getCountyId()) || user.is(Role.DEPUTY));
		Attachment attachment = this.store.store(problem.getId(), null, null, upload, user);
		problem.touch(this.support.now());
		this.support.record(problem, user, TimelineAction.ATTACHMENT_ADDED, problem.getStatus(), problem.getStatus(),
				attachment.getFileName());
		return AttachmentView.of(attachment);
	}

	@Transactional(readOnly = true)
	public ProblemView get(Long problemId, CurrentUser user) {
		return view(this.scope.problem(problemId, user), user);
	}

	/** The problem's timeline, oldest first. */
	@Transactional(readOnly = true)
	public List<TimelineView> timeline(Long problemId, CurrentUser user) {
		Problem problem = this.scope.problem(problemId, user);
		return this.timeline.findByProblemIdOrderByOccurredAtAscIdAsc(problem.getId())
			.stream()
			.map(TimelineView::of)
			.toList();
	}

	private ProblemView view(Problem problem, CurrentUser user) {
		List<AttachmentView> files = this.attachments.findByProblemIdOrderByIdAsc(problem.getId())
			.stream()
			.map(AttachmentView::of)
			.toList();
		boolean staff = LoopScope.isStaffOf(user, problem.getCountyId());
		// A voter who wrote in online left their contact for the county's staff only.
		boolean showContact = staff || (user.is(Role.DEPUTY) && problem.getSource() != ProblemSource.ONLINE);
		return this.reads.problemView(problem, files, showContact,
				staff && problem.getStatus() == LoopStatus.FOUND && !problem.isSpam(), staff);
	}

	private String newTrackingNumber() {
		for (int attempt = 0; attempt < 10; attempt++) {
			char[] chars = new char[9];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = (i == 4) ? '-' : TRACKING_ALPHABET[this.random.nextInt(TRACKING_ALPHABET.length)];
			}
			String number = new String(chars);
			if (!this.problems.existsByTrackingNumber(number)) {
				return number;
			}
		}
		throw new IllegalStateException("no free tracking number");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
