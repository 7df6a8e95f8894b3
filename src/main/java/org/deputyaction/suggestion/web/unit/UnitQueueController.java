package org.deputyaction.suggestion.web.unit;

import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.QueueFilter;
import org.deputyaction.suggestion.WorkQueue;
import org.deputyaction.suggestion.WorkQueueService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A handling unit's assignments: its queues with their counts, a page at a time.
 */
@Controller
class UnitQueueController {

	static final String VIEW_QUEUE = "suggestion/unit/assignments";

	static final int PAGE_SIZE = 20;

	/** The unit's queues in the order of its work; "all" is the search over its items. */
	static final List<WorkQueue> QUEUES = List.of(WorkQueue.TO_SIGN_FOR, WorkQueue.DUE_SOON, WorkQueue.TO_REPLY,
			WorkQueue.VIEWS_TO_GIVE, WorkQueue.OBJECTIONS_PENDING);

	private final WorkQueueService queues;

	UnitQueueController(WorkQueueService queues) {
		this.queues = queues;
	}

	@GetMapping("/unit/assignments")
	String assignments(@RequestParam(required = false) String queue, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		requireUnit(user);
		WorkQueue chosen = (queue == null || queue.isBlank()) ? WorkQueue.SEARCH : WorkQueue.valueOf(queue);
		if (chosen != WorkQueue.SEARCH && !QUEUES.contains(chosen)) {
			throw new IllegalArgumentException("not a unit queue");
		}
		QueueFilter filter = new QueueFilter(null, null, null, null, null, null,
				(q != null && !q.isBlank()) ? limit(q.strip()) : null);
		model.addAttribute("queues", QUEUES);
		model.addAttribute("queue", chosen);
		model.addAttribute("q", filter.text());
		model.addAttribute("cursor", cursor);
		model.addAttribute("counts", this.queues.counts(user));
		model.addAttribute("page", this.queues.page(chosen, filter, cursor, PAGE_SIZE, user));
		return VIEW_QUEUE;
	}

	private static String limit(String text) {
		return (text.length() > 100) ? text.substring(0, 100) : text;
	}

	static void requireUnit(CurrentUser user) {
		if (user == null || !user.is(Role.HANDLING_UNIT) || user.unitId() == null) {
			throw new AccessDeniedException("pages of handling units");
		}
	}

}
