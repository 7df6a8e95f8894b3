package org.deputyaction.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.deputyaction.account.UserAccount;
import org.deputyaction.notification.NotificationKind;
import org.deputyaction.suggestion.AssignmentRerouted;
import org.deputyaction.suggestion.DueDateExtended;
import org.deputyaction.suggestion.LoopParties;
import org.deputyaction.suggestion.LoopPartiesService;
import org.deputyaction.suggestion.ProblemRecorded;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ReplyRated;
import org.deputyaction.suggestion.ReplyRecorded;
import org.deputyaction.suggestion.SuggestionAssigned;
import org.deputyaction.suggestion.SuggestionClosed;
import org.deputyaction.suggestion.SuggestionReturnedForRehandling;
import org.deputyaction.suggestion.SuggestionUrged;
import org.deputyaction.suggestion.SupervisionLevel;
import org.deputyaction.suggestion.SupervisionLevelChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the closed loop's events into inbox messages for the people each concerns. Each
 * listener runs after the change committed, on its own thread and transaction; the event
 * publication registry keeps the event until it finished, and delivers it again after a
 * restart. Messages carry a key, so that a second delivery writes nothing new.
 */
@Component
class LoopEventListeners {

	private final LoopPartiesService parties;

	private final Recipients recipients;

	private final Notifier notifier;

	private final DeadlineWatch watch;

	private final Clock clock;

	private final List<Consumer<Object>> interceptors = new ArrayList<>();

	LoopEventListeners(LoopPartiesService parties, Recipients recipients, Notifier notifier, DeadlineWatch watch,
			Clock clock) {
		this.parties = parties;
		this.recipients = recipients;
		this.notifier = notifier;
		this.watch = watch;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SuggestionAssigned event) {
		intercept(event);
		item(event.suggestionId(), (item) -> {
			List<Long> units = new ArrayList<>();
			units.add(event.leadUnitId());
			units.addAll(event.assistingUnitIds());
			this.notifier.aboutSuggestion(this.recipients.ofUnits(units), NotificationKind.ASSIGNED,
					"ASSIGNED:" + event.suggestionId(), item, null, event.dueOn());
		});
		this.watch.runFor(event.suggestionId());
	}

	@ApplicationModuleListener
	void on(AssignmentRerouted event) {
		intercept(event);
		item(event.suggestionId(),
				(item) -> this.notifier.aboutSuggestion(this.recipients.ofUnits(List.of(event.toUnitId())),
						NotificationKind.ASSIGNED, "ASSIGNED:" + event.suggestionId() + ":" + event.toUnitId(), item,
						null, item.dueOn()));
	}

	@ApplicationModuleListener
	void on(SuggestionUrged event) {
		intercept(event);
		item(event.suggestionId(),
				(item) -> this.notifier.aboutSuggestion(this.recipients.ofUnits(List.of(event.unitId())),
						NotificationKind.URGED, "URGED:" + event.suggestionId() + ":" + event.supervisionEntryId(),
						item, event.text(), item.dueOn()));
	}

	@ApplicationModuleListener
	void on(DueDateExtended event) {
		intercept(event);
		this.watch.runFor(event.suggestionId());
	}

	@ApplicationModuleListener
	void on(ReplyRecorded event) {
		intercept(event);
		item(event.suggestionId(),
				(item) -> this.notifier.aboutSuggestion(
						Recipients.union(this.recipients.countyStaff(item.countyId()),
								this.recipients.deputy(item.leadDeputyId())),
						NotificationKind.REPLIED, "REPLIED:" + event.replyId(), item,
						(event.resultClass() != null) ? event.resultClass().name() : null, null));
	}

	@ApplicationModuleListener
	void on(ReplyRated event) {
		intercept(event);
		item(event.suggestionId(),
				(item) -> this.notifier.aboutSuggestion(
						Recipients.union(this.recipients.ofUnits(leadUnit(item)),
								this.recipients.countyStaff(item.countyId())),
						NotificationKind.RATED, "RATED:" + event.ratingId(), item, null, null));
	}

	@ApplicationModuleListener
	void on(SuggestionReturnedForRehandling event) {
		intercept(event);
		item(event.suggestionId(),
				(item) -> this.notifier.aboutSuggestion(this.recipients.ofUnits(item.activeUnitIds()),
						NotificationKind.RETURNED_FOR_REHANDLING,
						"REHANDLING:" + event.suggestionId() + ":" + event.round(), item, null, event.dueOn()));
		this.watch.runFor(event.suggestionId());
	}

	@ApplicationModuleListener
	void on(SuggestionClosed event) {
		intercept(event);
		item(event.suggestionId(),
				(item) -> this.notifier.aboutSuggestion(
						Recipients.union(this.recipients.ofUnits(leadUnit(item)),
								this.recipients.deputy(item.leadDeputyId())),
						NotificationKind.CLOSED, "CLOSED:" + event.suggestionId(), item, null, null));
	}

	@ApplicationModuleListener
	void on(SupervisionLevelChanged event) {
		intercept(event);
		if (!event.to().isAbove(event.from())) {
			return;
		}
		item(event.suggestionId(), (item) -> {
			List<UserAccount> people = Recipients.union(this.recipients.ofUnits(item.activeUnitIds()),
					this.recipients.countyStaff(item.countyId()),
					(event.to() == SupervisionLevel.LEADER_LED) ? this.recipients.prefectureOffice() : List.of());
			this.notifier.aboutSuggestion(people, NotificationKind.SUPERVISION_LEVEL,
					"LEVEL:" + event.suggestionId() + ":" + event.to() + ":" + LocalDate.now(this.clock), item,
					event.to().name(), item.dueOn());
		});
	}

	@ApplicationModuleListener
	void on(ProblemRecorded event) {
		intercept(event);
		if (event.source() != ProblemSource.ONLINE) {
			return;
		}
		this.notifier.aboutProblem(
				Recipients.union(this.recipients.countyStaff(event.countyId()),
						this.recipients.deputiesAt(event.venueId())),
				NotificationKind.ONLINE_PROBLEM, "PROBLEM:" + event.problemId(), event.problemId(),
				event.trackingNumber(), null);
	}

	private void item(Long suggestionId, Consumer<LoopParties> action) {
		this.parties.of(suggestionId).ifPresent(action);
	}

	private static List<Long> leadUnit(LoopParties item) {
		return (item.leadUnitId() != null) ? List.of(item.leadUnitId()) : List.of();
	}

	/**
	 * Lets a test stop delivery part-way, as a crash between a change and its message
	 * would: an interceptor that throws leaves the event's publication incomplete.
	 */
	void addInterceptor(Consumer<Object> interceptor) {
		this.interceptors.add(interceptor);
	}

	void clearInterceptors() {
		this.interceptors.clear();
	}

	private void intercept(Object event) {
		this.interceptors.forEach((i) -> i.accept(event));
	}

}
