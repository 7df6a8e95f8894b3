package org.deputyaction.suggestion;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.HandlingCommands.MarkFollowUpSolved;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.internal.HandlingRoundRepository;
import org.deputyaction.suggestion.internal.RatingRepository;
import org.deputyaction.suggestion.internal.ReplyRepository;
import org.deputyaction.suggestion.internal.SuggestionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Feedback (反馈): the lead deputy rates the reply on the handling work and the result (or
 * staff record the rating). Any 不满意 sends the item back to supervision for another round
 * with a new due date; otherwise it closes, and B and C items stay on the follow-up list
 * until marked solved.
 */
@Service
@Validated
@Transactional
public class FeedbackService {

	private final SuggestionRepository suggestions;

	private final HandlingRoundRepository rounds;

	private final ReplyRepository replies;

	private final RatingRepository ratings;

	private final LoopScope scope;

	private final LoopSupport support;

	private final SuggestionDetails details;

	FeedbackService(SuggestionRepository suggestions, HandlingRoundRepository rounds, ReplyRepository replies,
			RatingRepository ratings, LoopScope scope, LoopSupport support, SuggestionDetails details) {
		this.suggestions = suggestions;
		this.rounds = rounds;
		this.replies = replies;
		this.ratings = ratings;
		this.scope = scope;
		this.support = support;
		this.details = details;
	}

	public SuggestionDetail rate(@Valid RateReply command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		boolean lead = SuggestionService.isLeadDeputy(user, suggestion);
		LoopScope.require(lead || LoopScope.isStaffOf(user, suggestion.getCountyId()));
		LoopStatus outcome = Satisfaction.outcome(command.handlingWork(), command.result());
		suggestion.getStatus().checkTransitionTo(outcome);
		HandlingRound round = this.rounds.findBySuggestionIdAndNumber(suggestion.getId(), suggestion.getRound())
			.orElseThrow(() -> new IllegalStateException("no current round"));
		Reply reply = this.replies.findByRoundId(round.getId())
			.orElseThrow(() -> new IllegalStateException("fed back without a reply"));
		LocalDate today = this.support.today();
		LocalDate ratedOn = (command.ratedOn() != null) ? command.ratedOn() : today;
		if (ratedOn.isAfter(today) || ratedOn.isBefore(reply.getRepliedOn())) {
			throw new LoopRuleViolation("loop.rule.ratingDateOutsideRound", ratedOn, reply.getRepliedOn());
		}
		Rating rating = this.ratings.save(new Rating(suggestion.getId(), reply.getId(), round.getNumber(),
				suggestion.getLeadDeputyId(), command.handlingWork(), command.result(), blankToNull(command.comment()),
				ratedOn, !lead, this.support.now(), user.id()));
		LoopStatus before = suggestion.getStatus();
		this.support.record(suggestion, user, TimelineAction.RATED, before, command.handlingWork().name() + "/"
				+ command.result().name() + ((rating.getComment() != null) ? ": " + rating.getComment() : ""));
		this.support.publish(new ReplyRated(suggestion.getId(), rating.getId(), round.getNumber(),
				command.handlingWork(), command.result()));
		if (outcome == LoopStatus.CLOSED) {
			suggestion.close(ratedOn);
			this.support.publish(new SuggestionClosed(suggestion.getId(), suggestion.getNumber(),
					suggestion.getCountyId(), ratedOn, suggestion.getResultClass(), suggestion.isFollowUpPending()));
			return saved(suggestion, user, TimelineAction.CLOSED, before, null);
		}
		LoopDeadlines deadlines = this.support.deadlines();
		LocalDate dueOn = deadlines.rehandlingDueDate(ratedOn);
		suggestion.returnForRehandling(dueOn);
		this.rounds.save(new HandlingRound(suggestion.getId(), suggestion.getRound(), ratedOn, dueOn,
				deadlines.assistingViewsDueDate(ratedOn)));
		this.support.publish(new SuggestionReturnedForRehandling(suggestion.getId(), suggestion.getRound(), dueOn));
		return saved(suggestion, user, TimelineAction.RETURNED_FOR_REHANDLING, before,
				suggestion.getRound() + ": " + dueOn);
	}

	/** Staff take a closed B or C item off the follow-up list once it is solved. */
	public SuggestionDetail markFollowUpSolved(@Valid MarkFollowUpSolved command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		suggestion.markFollowUpSolved(this.support.today(), blankToNull(command.note()));
		return saved(suggestion, user, TimelineAction.FOLLOW_UP_SOLVED, suggestion.getStatus(),
				suggestion.getFollowUpNote());
	}

	private SuggestionDetail saved(Suggestion suggestion, CurrentUser user, TimelineAction action, LoopStatus from,
			String detail) {
		suggestion.touch(this.support.now());
		this.support.record(suggestion, user, action, from, detail);
		this.suggestions.flush();
		return this.details.of(suggestion, user);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
