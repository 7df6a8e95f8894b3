package org.deputyaction.suggestion;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deputyaction.suggestion.LoopStatus.ASSIGNED;
import static org.deputyaction.suggestion.LoopStatus.CLOSED;
import static org.deputyaction.suggestion.LoopStatus.DECLINED;
import static org.deputyaction.suggestion.LoopStatus.FED_BACK;
import static org.deputyaction.suggestion.LoopStatus.FOUND;
import static org.deputyaction.suggestion.LoopStatus.MERGED;
import static org.deputyaction.suggestion.LoopStatus.PROPOSED;
import static org.deputyaction.suggestion.LoopStatus.RESOLVED_DIRECTLY;
import static org.deputyaction.suggestion.LoopStatus.SUPERVISED;

class LoopStatusTests {

	/** The loop of DOMAIN.md, written out once more by hand. */
	static final Map<LoopStatus, Set<LoopStatus>> LEGAL = Map.of(FOUND,
			EnumSet.of(RESOLVED_DIRECTLY, MERGED, DECLINED, PROPOSED), RESOLVED_DIRECTLY,
			EnumSet.noneOf(LoopStatus.class), MERGED, EnumSet.noneOf(LoopStatus.class), DECLINED,
			EnumSet.noneOf(LoopStatus.class), PROPOSED, EnumSet.of(ASSIGNED), ASSIGNED,
			EnumSet.of(ASSIGNED, SUPERVISED, FED_BACK), SUPERVISED, EnumSet.of(SUPERVISED, FED_BACK), FED_BACK,
			EnumSet.of(SUPERVISED, CLOSED), CLOSED, EnumSet.noneOf(LoopStatus.class));

	static Stream<Arguments> everyPair() {
		return Stream.of(LoopStatus.values())
			.flatMap((from) -> Stream.of(LoopStatus.values())
				.map((to) -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
	}

	@ParameterizedTest(name = "{0} -> {1} legal: {2}")
	@MethodSource("everyPair")
	void everyStepIsLegalExactlyWhenTheLoopAllowsIt(LoopStatus from, LoopStatus to, boolean legal) {
		assertThat(from.canTransitionTo(to)).isEqualTo(legal);
		if (legal) {
			assertThatNoException().isThrownBy(() -> from.checkTransitionTo(to));
		}
		else {
			assertThatThrownBy(() -> from.checkTransitionTo(to)).isInstanceOf(LoopRuleViolation.class)
				.satisfies((ex) -> {
					LoopRuleViolation violation = (LoopRuleViolation) ex;
					assertThat(violation.messageKey()).isEqualTo("loop.rule.illegalTransition");
					assertThat(violation.arguments()).containsExactly(from.messageKey(), to.messageKey());
				});
		}
	}

	@Test
	void nullIsNeverALegalStep() {
		assertThat(Stream.of(LoopStatus.values()).noneMatch((s) -> s.canTransitionTo(null))).isTrue();
	}

	@Test
	void settledProblemsAndClosedSuggestionsAreTerminal() {
		assertThat(Stream.of(LoopStatus.values()).filter(LoopStatus::isTerminal))
			.containsExactlyInAnyOrder(RESOLVED_DIRECTLY, MERGED, DECLINED, CLOSED);
	}

	@Test
	void onlyAssignedAndSupervisedItemsAreBeingHandled() {
		assertThat(Stream.of(LoopStatus.values()).filter(LoopStatus::isBeingHandled))
			.containsExactlyInAnyOrder(ASSIGNED, SUPERVISED);
	}

	@Test
	void nextStepsCannotBeChangedFromOutside() {
		assertThatThrownBy(() -> FOUND.nextSteps().add(CLOSED)).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void assignmentStatusesFollowTheirOwnSmallMachine() {
		assertThat(AssignmentStatus.PENDING.canTransitionTo(AssignmentStatus.SIGNED_FOR)).isTrue();
		assertThat(AssignmentStatus.PENDING.canTransitionTo(AssignmentStatus.OBJECTED)).isTrue();
		assertThat(AssignmentStatus.SIGNED_FOR.canTransitionTo(AssignmentStatus.OBJECTED)).isTrue();
		assertThat(AssignmentStatus.OBJECTED.canTransitionTo(AssignmentStatus.REROUTED)).isTrue();
		assertThat(AssignmentStatus.PENDING.canTransitionTo(AssignmentStatus.REROUTED)).isFalse();
		assertThat(AssignmentStatus.SIGNED_FOR.canTransitionTo(AssignmentStatus.PENDING)).isFalse();
		assertThat(AssignmentStatus.REROUTED.nextSteps()).isEmpty();
		assertThatThrownBy(() -> AssignmentStatus.REROUTED.checkTransitionTo(AssignmentStatus.SIGNED_FOR))
			.isInstanceOf(LoopRuleViolation.class);
	}

}
