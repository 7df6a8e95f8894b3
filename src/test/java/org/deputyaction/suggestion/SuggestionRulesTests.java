package org.deputyaction.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.deputyaction.organization.AdministrativeLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuggestionRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static Suggestion proposed() {
		return new Suggestion("LC-2026-0001", UUID.randomUUID(), 1L, 2L, "title", "content", 3L,
				AdministrativeLevel.COUNTY, "XV", 4L, true, 5L, TODAY, Instant.parse("2026-03-02T01:00:00Z"));
	}

	static Suggestion fedBack(ResultClass resultClass) {
		Suggestion suggestion = proposed();
		suggestion.assign(7L, TODAY, TODAY.plusMonths(3), TODAY.plusMonths(6), 5L);
		suggestion.recordReply(resultClass, TODAY.plusMonths(1));
		return suggestion;
	}

	@ParameterizedTest(name = "{0}/{1} -> {2}")
	@CsvSource({ "SATISFIED, SATISFIED, CLOSED", "SATISFIED, BASICALLY_SATISFIED, CLOSED",
			"BASICALLY_SATISFIED, BASICALLY_SATISFIED, CLOSED", "BASICALLY_SATISFIED, SATISFIED, CLOSED",
			"UNSATISFIED, SATISFIED, SUPERVISED", "SATISFIED, UNSATISFIED, SUPERVISED",
			"UNSATISFIED, UNSATISFIED, SUPERVISED", "BASICALLY_SATISFIED, UNSATISFIED, SUPERVISED" })
	void anyUnsatisfiedAxisSendsTheItemBackOtherwiseItCloses(Satisfaction work, Satisfaction result,
			LoopStatus outcome) {
		assertThat(Satisfaction.outcome(work, result)).isEqualTo(outcome);
	}

	@Test
	void assignmentStartsRoundOneAndKeepsTheDates() {
		Suggestion suggestion = proposed();
		suggestion.assign(7L, TODAY, TODAY.plusMonths(3), TODAY.plusMonths(6), 5L);
		assertThat(suggestion.getStatus()).isEqualTo(LoopStatus.ASSIGNED);
		assertThat(suggestion.getRound()).isEqualTo(1);
		assertThat(suggestion.getFirstDueOn()).isEqualTo(suggestion.getDueOn());
		assertThat(suggestion.getMaxDueOn()).isEqualTo(TODAY.plusMonths(6));
	}

	@Test
	void eachReturnForRehandlingCountsARoundAndSetsTheNewDueDate() {
		Suggestion suggestion = fedBack(ResultClass.C);
		suggestion.returnForRehandling(TODAY.plusMonths(2));
		assertThat(suggestion.getStatus()).isEqualTo(LoopStatus.SUPERVISED);
		assertThat(suggestion.getRound()).isEqualTo(2);
		assertThat(suggestion.getDueOn()).isEqualTo(TODAY.plusMonths(2));
		suggestion.recordReply(ResultClass.B, TODAY.plusMonths(2));
		suggestion.returnForRehandling(TODAY.plusMonths(3));
		assertThat(suggestion.getRound()).isEqualTo(3);
	}

	@Test
	void closingBOrCItemsPutsThemOnTheFollowUpListAndAOrDNot() {
		for (ResultClass resultClass : ResultClass.values()) {
			Suggestion suggestion = fedBack(resultClass);
			suggestion.close(TODAY.plusMonths(2));
			assertThat(suggestion.getStatus()).isEqualTo(LoopStatus.CLOSED);
			assertThat(suggestion.isFollowUpPending()).as(resultClass.name()).isEqualTo(resultClass.needsFollowUp());
		}
		assertThat(ResultClass.B.needsFollowUp()).isTrue();
		assertThat(ResultClass.C.needsFollowUp()).isTrue();
		assertThat(ResultClass.A.needsFollowUp()).isFalse();
		assertThat(ResultClass.D.needsFollowUp()).isFalse();
	}

	@Test
	void markingFollowUpSolvedTakesTheItemOffTheListOnce() {
		Suggestion suggestion = fedBack(ResultClass.B);
		suggestion.close(TODAY);
		suggestion.markFollowUpSolved(TODAY.plusDays(30), "done");
		assertThat(suggestion.isFollowUpPending()).isFalse();
		assertThatThrownBy(() -> suggestion.markFollowUpSolved(TODAY, null)).isInstanceOf(LoopRuleViolation.class);
	}

	@Test
	void replyBeforeAssignmentOrClosingBeforeReplyIsRefused() {
		assertThatThrownBy(() -> proposed().recordReply(ResultClass.A, TODAY)).isInstanceOf(LoopRuleViolation.class);
		Suggestion assigned = proposed();
		assigned.assign(7L, TODAY, TODAY.plusMonths(3), TODAY.plusMonths(6), 5L);
		assertThatThrownBy(() -> assigned.close(TODAY)).isInstanceOf(LoopRuleViolation.class);
		assertThatThrownBy(() -> proposed().supervise()).isInstanceOf(LoopRuleViolation.class);
	}

	@Test
	void editingIsOnlyPossibleWhileProposed() {
		Suggestion suggestion = proposed();
		suggestion.edit("new", "text", 3L, AdministrativeLevel.TOWNSHIP, "XV");
		assertThat(suggestion.getTitle()).isEqualTo("new");
		suggestion.assign(7L, TODAY, TODAY.plusMonths(3), TODAY.plusMonths(6), 5L);
		assertThatThrownBy(() -> suggestion.edit("x", "y", 3L, AdministrativeLevel.TOWNSHIP, "XV"))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.editOnlyWhenProposed"));
	}

	@Test
	void reroutingKeepsTheStateButIsRefusedOnceReplied() {
		Suggestion suggestion = proposed();
		suggestion.assign(7L, TODAY, TODAY.plusMonths(3), TODAY.plusMonths(6), 5L);
		suggestion.rerouteLeadTo(8L);
		assertThat(suggestion.getStatus()).isEqualTo(LoopStatus.ASSIGNED);
		assertThat(suggestion.getLeadUnitId()).isEqualTo(8L);
		suggestion.recordReply(ResultClass.A, TODAY);
		assertThatThrownBy(() -> suggestion.rerouteLeadTo(9L)).isInstanceOf(LoopRuleViolation.class);
	}

	@Test
	void aUnitMayObjectOnTheLastDayOfTheWindowButNotTheDayAfter() {
		LocalDate deadline = TODAY.plusDays(10);
		UnitAssignment onTime = new UnitAssignment(1L, 2L, AssignmentRole.LEAD, TODAY, deadline, 5L, null);
		onTime.object("not ours", deadline, 6L, Instant.now());
		assertThat(onTime.getStatus()).isEqualTo(AssignmentStatus.OBJECTED);
		UnitAssignment late = new UnitAssignment(1L, 2L, AssignmentRole.LEAD, TODAY, deadline, 5L, null);
		assertThatThrownBy(() -> late.object("not ours", deadline.plusDays(1), 6L, Instant.now()))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.objectionWindowClosed"));
	}

	@Test
	void aRefusedObjectionReturnsTheAssignmentAndCannotBeRaisedAgain() {
		UnitAssignment assignment = new UnitAssignment(1L, 2L, AssignmentRole.LEAD, TODAY, TODAY.plusDays(10), 5L,
				null);
		assignment.signFor(6L, Instant.now());
		assignment.object("not ours", TODAY.plusDays(1), 6L, Instant.now());
		assignment.refuseObjection("it is yours", Instant.now());
		assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.SIGNED_FOR);
		assertThatThrownBy(() -> assignment.object("still not", TODAY.plusDays(2), 6L, Instant.now()))
			.isInstanceOf(LoopRuleViolation.class);
	}

	@Test
	void aReplyIsOnTimeUpToAndIncludingTheDueDate() {
		LocalDate due = TODAY.plusMonths(3);
		assertThat(new Reply(1L, 1L, 1L, ResultClass.A, "m", "c", due, due, false, Instant.now(), 1L).isOnTime())
			.isTrue();
		assertThat(new Reply(1L, 1L, 1L, ResultClass.A, "m", "c", due.plusDays(1), due, false, Instant.now(), 1L)
			.isOnTime()).isFalse();
	}

	@Test
	void anExtensionRequestIsDecidedOnce() {
		ExtensionRequest request = new ExtensionRequest(1L, 2L, TODAY, TODAY.plusDays(30), "why", Instant.now(), 1L);
		request.approve(TODAY.plusDays(20), "ok", 3L, Instant.now());
		assertThat(request.getStatus()).isEqualTo(ExtensionStatus.APPROVED);
		assertThat(request.getGrantedDueOn()).isEqualTo(TODAY.plusDays(20));
		assertThatThrownBy(() -> request.refuse("no", 3L, Instant.now())).isInstanceOf(LoopRuleViolation.class);
	}

}
