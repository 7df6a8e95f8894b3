package org.deputyaction.suggestion.web.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.LoopChoices;
import org.deputyaction.suggestion.LoopChoices.Choice;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.QueueCounts;
import org.deputyaction.suggestion.QueueFilter;
import org.deputyaction.suggestion.QueuePage;
import org.deputyaction.suggestion.WorkQueue;
import org.deputyaction.suggestion.WorkQueueService;
import org.deputyaction.system.RenderedFragments;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff's work queue (挂图作战): a tab per queue with its count, search and filters, and
 * pages that follow each other by the queue's sort key.
 */
@Controller
class WorkQueueController {

	private static final String VIEW = "suggestion/staff/work";

	private static final String VIEW_QUEUE = "suggestion/staff/work-queue :: queue";

	static final String NEW_PROBLEMS = "NEW_PROBLEMS";

	/** Online problems marked as spam: reached from the new problems, not a tab. */
	static final String SPAM_PROBLEMS = "SPAM_PROBLEMS";

	/** The staff queues in the order of their tabs; new problems come first. */
	static final List<WorkQueue> QUEUES = List.of(WorkQueue.TO_ASSIGN, WorkQueue.NEAR_DUE, WorkQueue.OVERDUE,
			WorkQueue.REPLIES_TO_RECORD, WorkQueue.RATINGS_TO_COLLECT, WorkQueue.OBJECTIONS_TO_DECIDE,
			WorkQueue.EXTENSIONS_TO_DECIDE, WorkQueue.FOLLOW_UP, WorkQueue.SEARCH);

	private static final int PAGE_SIZE = 25;

	private final WorkQueueService queues;

	private final LoopChoices choices;

	private final CategoryService categories;

	private final RenderedFragments fragments;

	WorkQueueController(WorkQueueService queues, LoopChoices choices, CategoryService categories,
			RenderedFragments fragments) {
		this.fragments = fragments;
		this.queues = queues;
		this.choices = choices;
		this.categories = categories;
	}

	@GetMapping("/work")
	String work(@RequestParam(name = "queue", required = false) String queueName,
			@RequestParam(name = "after", required = false) String after,
			@ModelAttribute("filter") QueueFilterForm filter, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Shown shown = null;
		if (binding.hasErrors()) {
			// a filter value of the wrong type (letters for a date) is left out and said
			// so
			model.addAttribute("badFilter", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else {
			// the same for every reader with the same scope asking for the same page
			shown = new Shown(user.role(), user.countyId(), user.venueId(), user.unitId(), queueName, after,
					filter.getQ(), filter.getStatus(), filter.getVenue(), filter.getUnit(), filter.getCategory(),
					filter.getFrom(), filter.getTo());
		}
		String queue = (queueName == null || queueName.isBlank()) ? NEW_PROBLEMS : queueName.toUpperCase(Locale.ROOT);
		model.addAttribute("queueMarkup", this.fragments.render(VIEW_QUEUE, shown, model,
				() -> fill(queue, after, filter, user, model), request, response));
		return VIEW;
	}

	/**
	 * What one page of a queue shows: the reader's scope, the queue, its filters and
	 * page.
	 */
	private record Shown(Role role, Long county, Long venue, Long unit, String queue, String after, String q,
			LoopStatus status, String venueCode, String unitCode, Long category, LocalDate from, LocalDate to) {

	}

	private void fill(String queue, String after, QueueFilterForm filter, CurrentUser user, Model model) {
		Long venueId = this.choices.venue(filter.getVenue(), user).map(Choice::id).orElse(null);
		Long unitId = this.choices.filterUnit(filter.getUnit(), user).map(Choice::id).orElse(null);
		model.addAttribute("unknownVenue", notBlank(filter.getVenue()) && venueId == null);
		model.addAttribute("unknownUnit", notBlank(filter.getUnit()) && unitId == null);
		QueueFilter criteria = new QueueFilter(filter.getStatus(), venueId, unitId, filter.getCategory(),
				filter.getFrom(), filter.getTo(), filter.getQ());
		QueueCounts counts = this.queues.counts(user);
		List<Tab> tabs = new ArrayList<>();
		tabs.add(new Tab(NEW_PROBLEMS, "loop.queue.NEW_PROBLEMS", counts.newProblems(),
				url(NEW_PROBLEMS, filter, null)));
		for (WorkQueue q : QUEUES) {
			tabs.add(new Tab(q.name(), q.messageKey(), (q == WorkQueue.SEARCH) ? null : counts.of(q),
					url(q.name(), filter, null)));
		}
		boolean spam = SPAM_PROBLEMS.equals(queue);
		if (!spam && tabs.stream().noneMatch((tab) -> tab.name().equals(queue))) {
			throw new IllegalArgumentException("unknown queue " + queue);
		}
		boolean problems = NEW_PROBLEMS.equals(queue) || spam;
		if (spam) {
			model.addAttribute("page", this.queues.spamProblems(criteria, after, PAGE_SIZE, user));
		}
		else if (problems) {
			model.addAttribute("page", this.queues.newProblems(criteria, after, PAGE_SIZE, user));
		}
		else {
			model.addAttribute("page", this.queues.page(WorkQueue.valueOf(queue), criteria, after, PAGE_SIZE, user));
		}
		model.addAttribute("problems", problems);
		model.addAttribute("spam", spam);
		model.addAttribute("spamCount", counts.spamProblems());
		model.addAttribute("spamUrl", url(SPAM_PROBLEMS, filter, null));
		model.addAttribute("queue", queue);
		model.addAttribute("tabs", tabs);
		model.addAttribute("categories", this.categories.tree(true));
		model.addAttribute("statuses", LoopStatus.values());
		model.addAttribute("firstUrl", (after != null) ? url(queue, filter, null) : null);
		model.addAttribute("nextUrl", page(model).hasMore() ? url(queue, filter, page(model).nextCursor()) : null);
	}

	/**
	 * The venues or units the filters offer, within the user's scope, for the page's
	 * script to fill the fields' lists with when they are first used: hundreds of choices
	 * that would otherwise make every page of the queue several times larger. Without
	 * script, the fields take a code typed in.
	 */
	@GetMapping(path = "/work/choices/{choices:venues|units}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<List<ChoiceOption>> choices(@PathVariable("choices") String list,
			@AuthenticationPrincipal CurrentUser user) {
		List<ChoiceOption> options = this.choices.filterChoices(list, user).stream().map(ChoiceOption::of).toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(options);
	}

	/** One option of a field's list: the code it fills in, and what the list shows. */
	record ChoiceOption(String value, String label) {

		static ChoiceOption of(Choice choice) {
			return new ChoiceOption(choice.code(), choice.name() + " · " + choice.group());
		}

	}

	private static QueuePage<?> page(Model model) {
		return (QueuePage<?>) model.getAttribute("page");
	}

	/** The address of a queue with the same filters, at the page after the cursor. */
	static String url(String queue, QueueFilterForm filter, String after) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/work").queryParam("queue", queue);
		add(url, "q", filter.getQ());
		add(url, "status", filter.getStatus());
		add(url, "venue", filter.getVenue());
		add(url, "unit", filter.getUnit());
		add(url, "category", filter.getCategory());
		add(url, "from", filter.getFrom());
		add(url, "to", filter.getTo());
		add(url, "after", after);
		return url.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value.toString().strip());
		}
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * One tab of the queue: its name in the address, its title's message key and how many
	 * wait in it (none shown for the search).
	 */
	record Tab(String name, String messageKey, Long count, String url) {

	}

}
