package org.deputyaction.suggestion;

import java.time.LocalDate;

/**
 * The deadline rules of the loop, from its settings and a calendar: due dates, the cap on
 * extensions, the objection window, re-handling, and near-due or overdue.
 */
public final class LoopDeadlines {

	private final LoopRules rules;

	private final DeadlineCalendar calendar;

	public LoopDeadlines(LoopRules rules, DeadlineCalendar calendar) {
		this.rules = rules;
		this.calendar = calendar;
	}

	public LoopRules rules() {
		return this.rules;
	}

	public DeadlineCalendar calendar() {
		return this.calendar;
	}

	/** The due date of an assignment when the office gives none. */
	public LocalDate defaultDueDate(LocalDate assignedOn) {
		return this.calendar.plusMonths(assignedOn, this.rules.dueMonths());
	}

	/** The latest due date any extension may reach. */
	public LocalDate maxDueDate(LocalDate assignedOn) {
		return this.calendar.plusMonths(assignedOn, this.rules.maxMonths());
	}

	/** The last day on which a unit may object to its assignment. */
	public LocalDate objectionDeadline(LocalDate assignedOn) {
		return this.calendar.plusDays(assignedOn, this.rules.objectionDays());
	}

	public boolean mayObject(LocalDate objectionDeadline, LocalDate today) {
		return !today.isAfter(objectionDeadline);
	}

	/** The new due date after an unsatisfied rating. */
	public LocalDate rehandlingDueDate(LocalDate ratedOn) {
		return this.calendar.plusMonths(ratedOn, this.rules.rehandlingMonths());
	}

	/** The day by which the assisting units should give their views. */
	public LocalDate assistingViewsDueDate(LocalDate roundStartedOn) {
		return this.calendar.plusDays(roundStartedOn, this.rules.assistingViewDays());
	}

	/** Open items due on or before this day are near-due (or overdue) today. */
	public LocalDate nearDueLimit(LocalDate today) {
		return this.calendar.plusDays(today, this.rules.nearDueDays());
	}

	public DeadlineState state(LocalDate dueOn, LocalDate today) {
		if (today.isAfter(dueOn)) {
			return DeadlineState.OVERDUE;
		}
		return dueOn.isAfter(nearDueLimit(today)) ? DeadlineState.ON_TRACK : DeadlineState.NEAR_DUE;
	}

	/**
	 * Refuses a due date the office sets at assignment unless it falls after the
	 * assignment and not past the cap.
	 */
	public void checkDueDate(LocalDate assignedOn, LocalDate dueOn) {
		if (!dueOn.isAfter(assignedOn)) {
			throw new LoopRuleViolation("loop.rule.dueNotAfterAssignment", dueOn, assignedOn);
		}
		LocalDate max = maxDueDate(assignedOn);
		if (dueOn.isAfter(max)) {
			throw new LoopRuleViolation("loop.rule.dueAfterMaximum", dueOn, max);
		}
	}

	/**
	 * Refuses an extension that does not move the due date later or passes the cap.
	 */
	public void checkExtension(LocalDate currentDueOn, LocalDate newDueOn, LocalDate maxDueOn) {
		if (!newDueOn.isAfter(currentDueOn)) {
			throw new LoopRuleViolation("loop.rule.extensionNotLater", newDueOn, currentDueOn);
		}
		if (newDueOn.isAfter(maxDueOn)) {
			throw new LoopRuleViolation("loop.rule.extensionAfterMaximum", newDueOn, maxDueOn);
		}
	}

}
