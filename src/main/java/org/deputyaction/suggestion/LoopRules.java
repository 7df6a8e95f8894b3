package org.deputyaction.suggestion;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The numbers of the loop, kept in the settings row: due date after assignment, objection
 * window, the cap on extensions, the re-handling due date, the near-due warning, the
 * assisting units' time for their view, and how days are counted.
 *
 * @param dueMonths months from assignment to the due date (default 3)
 * @param objectionDays days after assignment in which a unit may object (default 10)
 * @param maxMonths months from assignment that no extension passes (default 6)
 * @param rehandlingMonths months for re-handling after an unsatisfied rating (default 1)
 * @param nearDueDays an open item due within this many days is near-due (default 15)
 * @param assistingViewDays days the assisting units have for their view (default 30)
 * @param counting calendar or working days
 */
public record LoopRules(@Min(1) @Max(24) int dueMonths, @Min(0) @Max(90) int objectionDays,
		@Min(1) @Max(36) int maxMonths, @Min(1) @Max(12) int rehandlingMonths, @Min(0) @Max(90) int nearDueDays,
		@Min(1) @Max(180) int assistingViewDays, @NotNull DeadlineCounting counting) {

	public static LoopRules defaults() {
		return new LoopRules(3, 10, 6, 1, 15, 30, DeadlineCounting.CALENDAR_DAYS);
	}

	@AssertTrue(message = "{loop.settings.maxBeforeDue}")
	public boolean isMaxNotBeforeDue() {
		return this.maxMonths >= this.dueMonths;
	}

}
