package org.deputyaction.demo.loop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.deputyaction.demo.loop.Catalog.Settled;
import org.deputyaction.demo.loop.Catalog.Story;
import org.deputyaction.demo.loop.Places.Actor;
import org.deputyaction.demo.loop.Places.County;
import org.deputyaction.demo.loop.Places.Deputy;
import org.deputyaction.demo.loop.Places.Unit;
import org.deputyaction.demo.loop.Places.Venue;
import org.deputyaction.suggestion.LoopDeadlines;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.TimelineAction;

/**
 * Plays items round the closed loop in memory, step by step as the services would, and
 * writes the rows they leave behind: every step a timeline entry with its actor, dates in
 * order and in the past, due dates from the loop's deadline rules, statuses consistent
 * with assignments, rounds, replies and ratings, and versions counting the changes.
 * <p>
 * Items are planned first (scenario, place, story and the dates that pin them to today),
 * then played in the order they were proposed, so that suggestion numbers follow time.
 */
public final class LoopSimulator {

	private static final int DAY_START_MINUTES = 8 * 60 + 30;

	private static final int WORKING_MINUTES = 9 * 60;

	private static final char[] TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final long TRACKING_SPACE = 1L << 40;

	/** What to play: the scenario, where, which story, and the dates pinned to today. */
	public static final class Plan {

		final Scenario scenario;

		final Venue venue;

		final Story story;

		final Settled settled;

		int deputyIndex = -1;

		Long leadUnitId;

		Long assistingUnitId;

		boolean viewsPending;

		LocalDate found;

		LocalDate proposed;

		LocalDate assigned;

		LocalDate replied1;

		LocalDate rated1;

		LocalDate replied2;

		LocalDate rated2;

		LocalDate solved;

		Plan(Scenario scenario, Venue venue, Story story, Settled settled) {
			this.scenario = scenario;
			this.venue = venue;
			this.story = story;
			this.settled = settled;
		}

		public Scenario scenario() {
			return this.scenario;
		}

		/** Led by the venue's deputy at this index (in id order). */
		public Plan leadDeputy(int index) {
			this.deputyIndex = index;
			return this;
		}

		/** Assigned to this lead unit rather than the story's. */
		public Plan leadUnit(long unitId) {
			this.leadUnitId = unitId;
			return this;
		}

		/** With this assisting unit rather than the story's. */
		public Plan assistingUnit(long unitId) {
			this.assistingUnitId = unitId;
			return this;
		}

		/** With the assisting units' views still to give. */
		public Plan viewsPending() {
			this.viewsPending = true;
			return this;
		}

		LocalDate start() {
			return (this.proposed != null) ? this.proposed : this.found;
		}

	}

	private final Places places;

	private final Catalog catalog;

	private final LoopDeadlines deadlines;

	private final ZoneId zone;

	private final LocalDate today;

	private final int spanDays;

	private final RandomGenerator random;

	private final List<String> surnames;

	private final List<String> givenNames;

	private final List<Scenario> weighted = new ArrayList<>();

	private final List<County> counties;

	private final int[] countyWeights;

	/** Problems of each county that a later problem may be merged into. */
	private final Map<Long, List<MergeTarget>> mergeTargets = new HashMap<>();

	private LoopTables tables;

	private record MergeTarget(long id, String trackingNumber, Instant recordedAt, String title, String description) {
	}

	/**
	 * @param spanDays how far back the items go (365 for the demo)
	 */
	public LoopSimulator(Places places, Catalog catalog, LoopDeadlines deadlines, Instant now, ZoneId zone,
			int spanDays, RandomGenerator random) {
		this.places = places;
		this.catalog = catalog;
		this.deadlines = deadlines;
		this.zone = zone;
		this.today = LocalDate.ofInstant(now, zone);
		this.spanDays = Math.max(spanDays, 200);
		this.random = random;
		this.surnames = List.of(catalog.texts("SURNAME").get(0).split(" "));
		this.givenNames = List.of(catalog.texts("GIVEN").get(0).split(" "));
		double scale = this.spanDays / 365.0;
		for (Scenario scenario : Scenario.values()) {
			int weight = scenario.isOpen() ? scenario.weight() : (int) Math.round(scenario.weight() * scale);
			for (int i = 0; i < weight; i++) {
				this.weighted.add(scenario);
			}
		}
		this.counties = places.counties();
		this.countyWeights = new int[this.counties.size()];
		for (int i = 0; i < this.counties.size(); i++) {
			this.countyWeights[i] = this.counties.get(i).venues().size();
		}
	}

	// ---------------------------------------------------------------- planning

	/** A random mix of about {@code items} items (problems and suggestions together). */
	public List<Plan> mix(int items) {
		List<Plan> plans = new ArrayList<>();
		int count = 0;
		while (count < items) {
			Scenario scenario = this.weighted.get(this.random.nextInt(this.weighted.size()));
			Plan plan = plan(scenario, randomVenue(), null);
			plans.add(plan);
			count += items(plan);
		}
		return plans;
	}

	/** Problems and suggestions the plan makes (a suggestion's problems included). */
	static int items(Plan plan) {
		return plan.scenario.isSuggestion() ? 2 : 1;
	}

	/** One item of the scenario at the venue; a random story unless one is given. */
	public Plan plan(Scenario scenario, Venue venue, Story story) {
		Settled settled = null;
		if (scenario == Scenario.RESOLVED_DIRECTLY) {
			settled = pick(this.catalog.resolved());
		}
		else if (scenario == Scenario.DECLINED) {
			settled = pick(this.catalog.declined());
		}
		Story chosen = (story != null) ? story : pick(this.catalog.ordinaryStories());
		Plan plan = new Plan(scenario, venue, chosen, settled);
		date(plan);
		return plan;
	}

	private void date(Plan plan) {
		LocalDate t = this.today;
		int due = this.deadlines.rules().dueMonths();
		int span = this.spanDays;
		switch (plan.scenario) {
			case FOUND -> plan.found = t.minusDays(between(1, 30));
			case RESOLVED_DIRECTLY, DECLINED, MERGED -> plan.found = t.minusDays(between(3, span - 10));
			case PROPOSED -> plan.proposed = t.minusDays(between(1, 25));
			case ASSIGNED_TO_SIGN -> plan.assigned = t.minusDays(between(1, 8));
			case ASSIGNED_ON_TRACK -> plan.assigned = t.minusDays(between(4, 70));
			case ASSIGNED_NEAR_DUE -> plan.assigned = t.plusDays(between(2, 12)).minusMonths(due);
			case ASSIGNED_OVERDUE -> plan.assigned = t.minusMonths(due).minusDays(between(3, 40));
			case ASSIGNED_OBJECTED -> plan.assigned = t.minusDays(between(2, 9));
			case ASSIGNED_REROUTED, ASSIGNED_OBJECTION_REFUSED -> plan.assigned = t.minusDays(between(15, 80));
			case SUPERVISED_URGED -> plan.assigned = t.minusDays(between(20, 130));
			case SUPERVISED_EXTENDED -> plan.assigned = t.minusMonths(due).minusDays(between(-10, 40));
			case SUPERVISED_EXTENSION_PENDING -> plan.assigned = t.plusDays(between(2, 14)).minusMonths(due);
			case SUPERVISED_KEY -> plan.assigned = t.minusDays(between(15, 100));
			case SUPERVISED_REHANDLING -> {
				plan.rated1 = t.minusDays(between(2, 40));
				plan.replied1 = plan.rated1.minusDays(between(1, 10));
				plan.assigned = plan.replied1.minusDays(between(20, 80));
			}
			case FED_BACK -> {
				plan.replied1 = t.minusDays(between(1, 20));
				plan.assigned = plan.replied1.minusDays(between(15, 85));
			}
			case FED_BACK_SECOND_ROUND -> {
				plan.replied2 = t.minusDays(between(1, 15));
				plan.rated1 = plan.replied2.minusDays(between(7, 30));
				plan.replied1 = plan.rated1.minusDays(between(1, 10));
				plan.assigned = plan.replied1.minusDays(between(20, 70));
			}
			case CLOSED, CLOSED_FOLLOW_UP -> {
				plan.rated1 = t.minusDays(between(2, span - 130));
				plan.replied1 = plan.rated1.minusDays(between(1, 14));
				plan.assigned = plan.replied1
					.minusDays((this.random.nextInt(10) == 0) ? between(95, 115) : between(10, 85));
			}
			case CLOSED_FOLLOW_UP_SOLVED -> {
				plan.rated1 = t.minusDays(between(40, span - 130));
				plan.replied1 = plan.rated1.minusDays(between(1, 14));
				plan.assigned = plan.replied1.minusDays(between(10, 85));
				plan.solved = plan.rated1.plusDays(between(10, 35));
			}
			case CLOSED_REHANDLED -> {
				plan.rated2 = t.minusDays(between(2, span - 170));
				plan.replied2 = plan.rated2.minusDays(between(1, 10));
				plan.rated1 = plan.replied2.minusDays(between(7, 30));
				plan.replied1 = plan.rated1.minusDays(between(1, 10));
				plan.assigned = plan.replied1.minusDays(between(15, 60));
			}
		}
		if (plan.assigned != null) {
			plan.proposed = plan.assigned.minusDays(between(2, 20));
		}
		if (plan.proposed != null) {
			plan.found = plan.proposed.minusDays(between(1, 30));
		}
	}

	private Venue randomVenue() {
		int total = 0;
		for (int weight : this.countyWeights) {
			total += weight;
		}
		int pick = this.random.nextInt(total);
		int i = 0;
		while (pick >= this.countyWeights[i]) {
			pick -= this.countyWeights[i];
			i++;
		}
		List<Venue> venues = this.counties.get(i).venues();
		return venues.get(this.random.nextInt(venues.size()));
	}

	/** One item of the scenario at a random venue. */
	public Plan plan(Scenario scenario) {
		return plan(scenario, randomVenue(), null);
	}

	/** A venue of every county first, so that no county is left without items. */
	public List<Plan> everyCounty(Scenario scenario) {
		List<Plan> plans = new ArrayList<>();
		for (County county : this.counties) {
			plans.add(plan(scenario, county.venues().get(this.random.nextInt(county.venues().size())), null));
		}
		return plans;
	}

	// ---------------------------------------------------------------- playing

	/** Plays the plans in the order they start and buffers their rows in the tables. */
	public void play(List<Plan> plans, LoopTables into) {
		this.tables = into;
		List<Plan> ordered = new ArrayList<>(plans);
		ordered.sort(Comparator.comparing(Plan::start));
		for (Plan plan : ordered) {
			if (plan.scenario.isSuggestion()) {
				new SuggestionPlay(plan).play();
			}
			else {
				playProblemOnly(plan);
			}
		}
	}

	private void playProblemOnly(Plan plan) {
		Cursor cursor = new Cursor(startOf(plan.found));
		Venue venue = plan.venue;
		County county = this.places.county(venue.countyId());
		Actor staff = staff(county);
		String title;
		String description;
		MergeTarget target = null;
		if (plan.settled != null) {
			title = fill(plan.settled.title(), venue, county);
			description = fill(plan.settled.description(), venue, county);
		}
		else {
			title = fill(plan.story.problemTitle(), venue, county);
			description = fill(plan.story.problemDescription(), venue, county);
		}
		if (plan.scenario == Scenario.MERGED) {
			List<MergeTarget> candidates = this.mergeTargets.getOrDefault(county.id(), List.of());
			if (!candidates.isEmpty()) {
				target = candidates.get(candidates.size() - 1 - this.random.nextInt(Math.min(candidates.size(), 20)));
				title = target.title();
				description = target.description();
				if (cursor.at.isBefore(target.recordedAt())) {
					cursor = new Cursor(target.recordedAt());
				}
			}
		}
		Recorded recorded = recordProblem(cursor, plan.found, venue, county, title, description, null);
		LoopStatus status = LoopStatus.FOUND;
		String reason = null;
		Instant settledAt = null;
		TimelineAction action = null;
		Long mergedInto = null;
		switch (plan.scenario) {
			case RESOLVED_DIRECTLY -> {
				status = LoopStatus.RESOLVED_DIRECTLY;
				reason = fill(plan.settled.reason(), venue, county);
				action = TimelineAction.PROBLEM_RESOLVED_DIRECTLY;
			}
			case DECLINED -> {
				status = LoopStatus.DECLINED;
				reason = fill(plan.settled.reason(), venue, county);
				action = TimelineAction.PROBLEM_DECLINED;
			}
			case MERGED -> {
				if (target != null) {
					status = LoopStatus.MERGED;
					reason = text("MERGE_REASON") + " → " + target.trackingNumber();
					action = TimelineAction.PROBLEM_MERGED;
					mergedInto = target.id();
				}
			}
			default -> {
			}
		}
		if (action != null) {
			settledAt = cursor.next(plan.found.plusDays(between(0, 7)));
			timeline(null, recorded.id, settledAt, staff, action, LoopStatus.FOUND, status, reason);
		}
		else {
			this.mergeTargets.computeIfAbsent(county.id(), (k) -> new ArrayList<>())
				.add(new MergeTarget(recorded.id, recorded.trackingNumber, recorded.at, title, description));
		}
		problemRow(recorded, status, reason, mergedInto, null, settledAt);
	}

	private final class Recorded {

		long id;

		String trackingNumber;

		Venue venue;

		County county;

		String title;

		String description;

		String source;

		LocalDate foundOn;

		String contactName;

		String contactPhone;

		Long byUserId;

		Long byDeputyId;

		Instant at;

	}

	private Recorded recordProblem(Cursor cursor, LocalDate foundOn, Venue venue, County county, String title,
			String description, Deputy preferredDeputy) {
		Recorded r = new Recorded();
		r.id = this.tables.id(this.tables.problem);
		r.trackingNumber = trackingNumber(r.id);
		r.venue = venue;
		r.county = county;
		r.title = title;
		r.description = description;
		r.foundOn = foundOn;
		int kind = this.random.nextInt(10);
		Actor actor;
		if (kind < 4) {
			r.source = (kind < 3) ? "RECEPTION_DAY" : "VISIT";
			Deputy deputy = (preferredDeputy != null) ? preferredDeputy
					: venue.deputies().get(this.random.nextInt(venue.deputies().size()));
			actor = deputy(deputy);
			r.byDeputyId = deputy.id();
			r.byUserId = actor.userId();
		}
		else if (kind < 6) {
			r.source = "ONLINE";
			actor = null;
		}
		else {
			r.source = switch (kind) {
				case 6 -> "HOTLINE";
				case 7 -> "SURVEY";
				case 8 -> "RECEPTION_DAY";
				default -> "OTHER";
			};
			actor = staff(county);
			r.byUserId = actor.userId();
		}
		boolean contact = !"SURVEY".equals(r.source) && this.random.nextInt(10) < 8;
		if (contact) {
			r.contactName = pick(this.surnames) + pick(this.givenNames);
			r.contactPhone = String.format("1380013%04d", this.random.nextInt(10000));
		}
		r.at = cursor.next(foundOn.plusDays((this.random.nextInt(4) == 0) ? 1 : 0));
		timeline(null, r.id, r.at, actor, TimelineAction.PROBLEM_RECORDED, null, LoopStatus.FOUND, title);
		return r;
	}

	private void problemRow(Recorded r, LoopStatus status, String reason, Long mergedInto, Long suggestionId,
			Instant settledAt) {
		this.tables.problem.row(r.id, (settledAt != null) ? 1 : 0, r.trackingNumber, r.county.id(), r.venue.id(),
				r.title, r.description, r.source, r.foundOn, r.contactName, r.contactPhone, status.name(), reason,
				mergedInto, suggestionId, r.byUserId, r.byDeputyId, r.at, settledAt,
				(settledAt != null) ? settledAt : r.at);
	}

	/** One unit's assignment as it stands. */
	private static final class Assignment {

		long id;

		Unit unit;

		boolean lead;

		String status = "PENDING";

		LocalDate assignedOn;

		Long assignedBy;

		LocalDate objectionDeadline;

		Instant signedForAt;

		Long signedForBy;

		String objectionReason;

		Instant objectedAt;

		Long objectedBy;

		Instant refusedAt;

		String refusalReason;

		Instant reroutedAt;

		String rerouteReason;

		Long replacesId;

		Long replacedById;

		int version;

		boolean active() {
			return !"REROUTED".equals(this.status);
		}

	}

	/** The play of one suggestion, from its problems to its last step. */
	private final class SuggestionPlay {

		private final Plan plan;

		private final Venue venue;

		private final County county;

		private final Story story;

		private final Actor staff;

		private final Deputy lead;

		private final long id;

		private Cursor cursor;

		private LoopStatus status = LoopStatus.PROPOSED;

		private int version;

		private Instant updatedAt;

		private final List<Assignment> assignments = new ArrayList<>();

		private LocalDate assignedOn;

		private Long assignedBy;

		private LocalDate firstDue;

		private LocalDate due;

		private LocalDate maxDue;

		private int round;

		private long roundId;

		private LocalDate roundStarted;

		private LocalDate roundDue;

		private boolean roundWaived;

		private String roundWaivedReason;

		private LocalDate roundReplied;

		private int roundVersion;

		private LocalDate repliedOn;

		private ResultClass resultClass;

		private LocalDate closedOn;

		private boolean followUpPending;

		private LocalDate followUpSolvedOn;

		private String followUpNote;

		private boolean key;

		private String keyLeader;

		SuggestionPlay(Plan plan) {
			this.plan = plan;
			this.venue = plan.venue;
			this.county = LoopSimulator.this.places.county(this.venue.countyId());
			this.story = plan.story;
			this.staff = staff(this.county);
			List<Deputy> deputies = this.venue.deputies();
			this.lead = deputies.get((plan.deputyIndex >= 0) ? Math.min(plan.deputyIndex, deputies.size() - 1)
					: LoopSimulator.this.random.nextInt(deputies.size()));
			this.id = LoopSimulator.this.tables.id(LoopSimulator.this.tables.suggestion);
		}

		void play() {
			Plan p = this.plan;
			this.cursor = new Cursor(startOf(p.found));
			// the problems written up, found before the proposal
			int problemCount = switch (LoopSimulator.this.random.nextInt(20)) {
				case 0, 1, 2, 3 -> 0;
				case 4, 5, 6 -> 2;
				default -> 1;
			};
			List<Recorded> problems = new ArrayList<>();
			LocalDate found = p.found;
			for (int i = 0; i < problemCount; i++) {
				problems.add(recordProblem(this.cursor, found, this.venue, this.county, fill(this.story.problemTitle()),
						fill(this.story.problemDescription()), (i == 0) ? this.lead : null));
				found = later(found, p.proposed);
			}
			// proposal
			boolean byDeputy = LoopSimulator.this.random.nextInt(10) < 4;
			Actor proposer = byDeputy ? deputy(this.lead) : this.staff;
			Instant proposedAt = this.cursor.next(p.proposed);
			int year = date(proposedAt).getYear();
			String number = String.format("%s-%d-%04d", this.county.shortName(), year,
					LoopSimulator.this.tables.nextNumber(this.county.id(), year));
			for (Recorded problem : problems) {
				timeline(null, problem.id, proposedAt, proposer, TimelineAction.PROBLEM_WRITTEN_UP, LoopStatus.FOUND,
						LoopStatus.PROPOSED, number);
				problemRow(problem, LoopStatus.PROPOSED, null, null, this.id, proposedAt);
				LoopSimulator.this.mergeTargets.computeIfAbsent(this.county.id(), (k) -> new ArrayList<>())
					.add(new MergeTarget(problem.id, problem.trackingNumber, problem.at, problem.title,
							problem.description));
			}
			this.updatedAt = proposedAt;
			entry(proposedAt, proposer, TimelineAction.SUGGESTION_PROPOSED, null, fill(this.story.title()), false);
			coSigners(proposedAt, p);
			if (p.assigned != null) {
				handle(p);
			}
			row(number, date(proposedAt), proposedAt, proposer.userId());
		}

		private void coSigners(Instant proposedAt, Plan p) {
			List<Deputy> others = new ArrayList<>(this.venue.deputies());
			others.remove(this.lead);
			int count = Math.min(others.size(), LoopSimulator.this.random.nextInt(3));
			if (count == 0) {
				return;
			}
			List<Deputy> chosen = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				chosen.add(others.remove(LoopSimulator.this.random.nextInt(others.size())));
			}
			Instant invitedAt = this.cursor.next(date(proposedAt));
			entry(invitedAt, proposerOrStaff(), TimelineAction.CO_SIGNER_INVITED, LoopStatus.PROPOSED,
					String.join(", ", chosen.stream().map(Deputy::name).toList()), false);
			LocalDate limit = (p.assigned != null) ? p.assigned.minusDays(1) : LoopSimulator.this.today.minusDays(1);
			for (Deputy deputy : chosen) {
				Instant confirmedAt = null;
				if (LoopSimulator.this.random.nextInt(4) > 0 && !limit.isBefore(date(this.cursor.at))) {
					confirmedAt = this.cursor.next(later(date(this.cursor.at), limit));
					entry(confirmedAt, deputy(deputy), TimelineAction.CO_SIGNING_CONFIRMED, LoopStatus.PROPOSED,
							deputy.name(), true);
				}
				LoopSimulator.this.tables.coSigner.row(LoopSimulator.this.tables.id(LoopSimulator.this.tables.coSigner),
						(confirmedAt != null) ? 1 : 0, this.id, deputy.id(), invitedAt, confirmedAt);
			}
		}

		private Actor proposerOrStaff() {
			return this.staff;
		}

		private void handle(Plan p) {
			Scenario s = p.scenario;
			RandomGenerator random = LoopSimulator.this.random;
			LoopDeadlines rules = LoopSimulator.this.deadlines;
			// assignment
			Instant assignedAt = this.cursor.next(p.assigned);
			this.assignedOn = date(assignedAt);
			this.assignedBy = this.staff.userId();
			this.firstDue = rules.defaultDueDate(this.assignedOn);
			this.due = this.firstDue;
			this.maxDue = rules.maxDueDate(this.assignedOn);
			Unit leadUnit = (p.leadUnitId != null) ? LoopSimulator.this.places.unit(p.leadUnitId)
					: LoopSimulator.this.places.unitFor(this.story.leadDepartment(), this.story.level(), this.venue);
			Unit assisting = null;
			if (p.assistingUnitId != null) {
				assisting = LoopSimulator.this.places.unit(p.assistingUnitId);
			}
			else if (this.story.assistingDepartment() != null && random.nextInt(10) < 6) {
				assisting = LoopSimulator.this.places.unitFor(this.story.assistingDepartment(),
						org.deputyaction.organization.AdministrativeLevel.COUNTY, this.venue);
			}
			if (assisting != null && assisting.id() == leadUnit.id()) {
				assisting = null;
			}
			Assignment leadAssignment = assign(leadUnit, true, this.assignedOn, null);
			Assignment assistingAssignment = (assisting != null) ? assign(assisting, false, this.assignedOn, null)
					: null;
			this.status = LoopStatus.ASSIGNED;
			this.round = 1;
			startRound(this.assignedOn, this.due);
			entry(assignedAt, this.staff, TimelineAction.ASSIGNED, LoopStatus.PROPOSED,
					leadUnit.name() + ((assisting != null) ? " + " + assisting.name() : "") + " → " + this.due, true);

			// the units answer the assignment
			LocalDate end1 = (p.replied1 != null) ? p.replied1.minusDays(1) : LoopSimulator.this.today.minusDays(1);
			switch (s) {
				case ASSIGNED_TO_SIGN -> {
				}
				case ASSIGNED_OBJECTED -> object(leadAssignment,
						min(this.assignedOn.plusDays(between(1, 5)), leadAssignment.objectionDeadline));
				case ASSIGNED_REROUTED -> {
					object(leadAssignment, this.assignedOn.plusDays(between(1, 5)));
					Instant at = this.cursor.next(date(this.cursor.at).plusDays(between(1, 4)));
					Unit other = LoopSimulator.this.places.otherCountyUnit(this.venue, leadUnit.id(),
							random.nextInt(100));
					if (other != null && (assisting == null || other.id() != assisting.id())) {
						leadAssignment = reroute(leadAssignment, other, at);
					}
					else {
						refuse(leadAssignment, at);
					}
					signFor(leadAssignment, date(this.cursor.at).plusDays(between(0, 3)));
				}
				case ASSIGNED_OBJECTION_REFUSED -> {
					object(leadAssignment, this.assignedOn.plusDays(between(1, 5)));
					refuse(leadAssignment, this.cursor.next(date(this.cursor.at).plusDays(between(1, 4))));
					signFor(leadAssignment, date(this.cursor.at).plusDays(between(0, 2)));
				}
				default -> signFor(leadAssignment, this.assignedOn.plusDays(between(0, 3)));
			}
			if (assistingAssignment != null && s != Scenario.ASSIGNED_TO_SIGN && random.nextInt(10) < 8) {
				signFor(assistingAssignment, date(this.cursor.at).plusDays(between(0, 2)));
			}
			if (s == Scenario.ASSIGNED_TO_SIGN || s == Scenario.ASSIGNED_OBJECTED) {
				return;
			}

			// supervision during the first round
			boolean open = s.status().isBeingHandled() && p.replied1 == null;
			switch (s) {
				case SUPERVISED_URGED -> {
					urge(end1);
					if (random.nextBoolean()) {
						progress(end1);
					}
					if (random.nextInt(5) == 0) {
						extension(end1, false);
					}
				}
				case SUPERVISED_EXTENDED -> {
					if (random.nextBoolean()) {
						progress(end1);
					}
					extension(end1, true);
				}
				case SUPERVISED_EXTENSION_PENDING -> {
					if (random.nextBoolean()) {
						urge(LoopSimulator.this.today.minusDays(6));
					}
					requestExtension(LoopSimulator.this.today.minusDays(between(1, 4)));
				}
				case SUPERVISED_KEY -> {
					markKey(this.assignedOn.plusDays(between(2, 12)));
					if (random.nextBoolean()) {
						urge(end1);
					}
					progress(end1);
				}
				default -> {
					if (!open && random.nextInt(4) == 0) {
						urge(end1);
					}
					if (!open && random.nextInt(4) == 0) {
						progress(end1);
					}
					if (!open && random.nextInt(25) == 0) {
						markKey(end1);
					}
				}
			}
			if (assistingAssignment != null && (p.replied1 != null || (!p.viewsPending && random.nextBoolean()))) {
				views(p.replied1 != null ? end1 : LoopSimulator.this.today.minusDays(1), p.replied1 != null);
			}
			if (p.replied1 == null) {
				return;
			}

			// the first reply and rating
			boolean rehandled = p.rated2 != null || s == Scenario.SUPERVISED_REHANDLING
					|| s == Scenario.FED_BACK_SECOND_ROUND;
			ResultClass first = rehandled ? pick(List.of(ResultClass.B, ResultClass.C, ResultClass.D)) : resultFor(s);
			reply(p.replied1, first);
			if (p.rated1 == null) {
				return;
			}
			rate(p.rated1, !rehandled);
			if (!rehandled) {
				if (p.solved != null && this.followUpPending) {
					followUpSolved(p.solved);
				}
				return;
			}

			// the second round
			LocalDate end2 = (p.replied2 != null) ? p.replied2.minusDays(1) : LoopSimulator.this.today.minusDays(1);
			if (random.nextBoolean()) {
				urge(end2);
			}
			if (random.nextBoolean()) {
				progress(end2);
			}
			if (assistingAssignment != null) {
				views(end2, p.replied2 != null);
			}
			if (p.replied2 == null) {
				return;
			}
			reply(p.replied2, pick(List.of(ResultClass.A, ResultClass.A, ResultClass.B)));
			if (p.rated2 != null) {
				rate(p.rated2, true);
			}
		}

		private ResultClass resultFor(Scenario s) {
			RandomGenerator random = LoopSimulator.this.random;
			return switch (s) {
				case CLOSED_FOLLOW_UP, CLOSED_FOLLOW_UP_SOLVED -> random.nextInt(5) < 3 ? ResultClass.B : ResultClass.C;
				case CLOSED -> random.nextInt(6) == 0 ? ResultClass.D : ResultClass.A;
				default -> pick(List.of(ResultClass.A, ResultClass.A, ResultClass.B, ResultClass.C, ResultClass.D));
			};
		}

		private Assignment assign(Unit unit, boolean lead, LocalDate on, Long replaces) {
			Assignment a = new Assignment();
			a.id = LoopSimulator.this.tables.id(LoopSimulator.this.tables.assignment);
			a.unit = unit;
			a.lead = lead;
			a.assignedOn = on;
			a.assignedBy = this.staff.userId();
			a.objectionDeadline = LoopSimulator.this.deadlines.objectionDeadline(on);
			a.replacesId = replaces;
			this.assignments.add(a);
			return a;
		}

		private void startRound(LocalDate started, LocalDate roundDue) {
			this.roundId = LoopSimulator.this.tables.id(LoopSimulator.this.tables.round);
			this.roundStarted = started;
			this.roundDue = roundDue;
			this.roundWaived = false;
			this.roundWaivedReason = null;
			this.roundReplied = null;
			this.roundVersion = 0;
		}

		private void endRound() {
			LoopSimulator.this.tables.round.row(this.roundId, this.roundVersion, this.id, this.round, this.roundStarted,
					this.roundDue, LoopSimulator.this.deadlines.assistingViewsDueDate(this.roundStarted),
					this.roundWaived, this.roundWaivedReason, this.roundReplied);
		}

		private void signFor(Assignment a, LocalDate on) {
			Instant at = this.cursor.next(on);
			Actor unit = unit(a.unit);
			a.status = "SIGNED_FOR";
			a.signedForAt = at;
			a.signedForBy = unit.userId();
			a.version++;
			entry(at, unit, TimelineAction.SIGNED_FOR, this.status, a.unit.name(), true);
		}

		private void object(Assignment a, LocalDate on) {
			Instant at = this.cursor.next(min(on, a.objectionDeadline));
			if (date(at).isAfter(a.objectionDeadline)) {
				at = this.cursor.next(date(this.cursor.at));
			}
			Actor unit = unit(a.unit);
			String reason = text("OBJECTION");
			a.status = "OBJECTED";
			a.objectionReason = reason;
			a.objectedAt = at;
			a.objectedBy = unit.userId();
			a.version++;
			entry(at, unit, TimelineAction.OBJECTED, this.status, a.unit.name() + ": " + reason, true);
		}

		private void refuse(Assignment a, Instant at) {
			String reason = text("REFUSAL");
			a.status = (a.signedForAt != null) ? "SIGNED_FOR" : "PENDING";
			a.refusedAt = at;
			a.refusalReason = reason;
			a.version++;
			entry(at, this.staff, TimelineAction.OBJECTION_REFUSED, this.status, a.unit.name() + ": " + reason, true);
		}

		private Assignment reroute(Assignment a, Unit to, Instant at) {
			String reason = text("REROUTE");
			a.status = "REROUTED";
			a.reroutedAt = at;
			a.rerouteReason = reason;
			a.version += 2;
			Assignment replacement = assign(to, a.lead, date(at), a.id);
			a.replacedById = replacement.id;
			entry(at, this.staff, TimelineAction.REROUTED, this.status,
					a.unit.name() + " → " + to.name() + ": " + reason, true);
			return replacement;
		}

		private Assignment leadAssignment() {
			return this.assignments.stream().filter((a) -> a.lead && a.active()).findFirst().orElseThrow();
		}

		private void urge(LocalDate by) {
			Instant at = this.cursor.next(between(date(this.cursor.at), by));
			Unit unit = leadAssignment().unit;
			String text = text("URGE");
			supervisionEntry("URGING", unit, text, at, this.staff);
			LoopStatus before = this.status;
			this.status = LoopStatus.SUPERVISED;
			entry(at, this.staff, TimelineAction.URGED, before, unit.name() + ": " + text, true);
		}

		private void progress(LocalDate by) {
			Instant at = this.cursor.next(between(date(this.cursor.at), by));
			Unit unit = leadAssignment().unit;
			Actor actor = unit(unit);
			String text = text("PROGRESS");
			supervisionEntry("PROGRESS_REPORT", unit, text, at, actor);
			LoopStatus before = this.status;
			this.status = LoopStatus.SUPERVISED;
			entry(at, actor, TimelineAction.PROGRESS_REPORTED, before, unit.name() + ": " + text, true);
		}

		private void supervisionEntry(String kind, Unit unit, String text, Instant at, Actor actor) {
			LoopSimulator.this.tables.supervision.row(
					LoopSimulator.this.tables.id(LoopSimulator.this.tables.supervision), 0, this.id, kind, unit.id(),
					this.round, text, date(at), at, actor.userId());
		}

		private void markKey(LocalDate by) {
			Instant at = this.cursor.next(between(date(this.cursor.at), by));
			this.key = true;
			this.keyLeader = text("LEADER");
			LoopStatus before = this.status;
			if (this.status == LoopStatus.ASSIGNED) {
				this.status = LoopStatus.SUPERVISED;
			}
			entry(at, this.staff, TimelineAction.KEY_SUPERVISION_MARKED, before, this.keyLeader, true);
		}

		/**
		 * A request for a later due date, approved (to a date within the cap) or refused.
		 */
		private void extension(LocalDate by, boolean approve) {
			LocalDate requestOn = between(date(this.cursor.at), min(by, this.due.minusDays(2)));
			Instant requestedAt = this.cursor.next(requestOn);
			LocalDate wanted = min(this.maxDue, this.due.plusDays(between(20, 75)));
			if (!wanted.isAfter(this.due)) {
				return;
			}
			Unit unit = leadAssignment().unit;
			Actor actor = unit(unit);
			String reason = text("EXTENSION");
			LoopStatus before = this.status;
			this.status = LoopStatus.SUPERVISED;
			entry(requestedAt, actor, TimelineAction.EXTENSION_REQUESTED, before, wanted + ": " + reason, true);
			Instant decidedAt = this.cursor.next(date(requestedAt).plusDays(between(1, 5)));
			String decision = text(approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED");
			LocalDate previous = this.due;
			if (approve) {
				this.due = wanted;
				entry(decidedAt, this.staff, TimelineAction.EXTENSION_APPROVED, LoopStatus.SUPERVISED,
						previous + " → " + wanted + ": " + decision, true);
			}
			else {
				entry(decidedAt, this.staff, TimelineAction.EXTENSION_REFUSED, LoopStatus.SUPERVISED, decision, true);
			}
			LoopSimulator.this.tables.extension.row(LoopSimulator.this.tables.id(LoopSimulator.this.tables.extension),
					1, this.id, unit.id(), previous, wanted, reason, approve ? "APPROVED" : "REFUSED", requestedAt,
					actor.userId(), decidedAt, this.staff.userId(), approve ? wanted : null, decision);
		}

		private void requestExtension(LocalDate on) {
			Instant requestedAt = this.cursor.next(on);
			LocalDate wanted = min(this.maxDue, this.due.plusDays(between(20, 45)));
			if (!wanted.isAfter(this.due)) {
				urge(LoopSimulator.this.today.minusDays(1));
				return;
			}
			Unit unit = leadAssignment().unit;
			Actor actor = unit(unit);
			String reason = text("EXTENSION");
			LoopStatus before = this.status;
			this.status = LoopStatus.SUPERVISED;
			entry(requestedAt, actor, TimelineAction.EXTENSION_REQUESTED, before, wanted + ": " + reason, true);
			LoopSimulator.this.tables.extension.row(LoopSimulator.this.tables.id(LoopSimulator.this.tables.extension),
					0, this.id, unit.id(), this.due, wanted, reason, "PENDING", requestedAt, actor.userId(), null, null,
					null, null);
		}

		/**
		 * The assisting units' views in this round, or the office's waiver before a
		 * reply.
		 */
		private void views(LocalDate by, boolean beforeReply) {
			List<Assignment> helpers = this.assignments.stream().filter((a) -> !a.lead && a.active()).toList();
			if (beforeReply && LoopSimulator.this.random.nextInt(8) == 0) {
				Instant at = this.cursor.next(between(date(this.cursor.at), by));
				this.roundWaived = true;
				this.roundWaivedReason = text("WAIVE");
				this.roundVersion++;
				entry(at, this.staff, TimelineAction.ASSISTING_VIEWS_WAIVED, this.status, this.roundWaivedReason, true);
				return;
			}
			for (Assignment helper : helpers) {
				Instant at = this.cursor.next(between(date(this.cursor.at), by));
				Actor actor = unit(helper.unit);
				LoopSimulator.this.tables.view.row(LoopSimulator.this.tables.id(LoopSimulator.this.tables.view), 0,
						this.roundId, this.id, helper.unit.id(), text("VIEW"), date(at), at, actor.userId());
				entry(at, actor, TimelineAction.ASSISTING_VIEW_GIVEN, this.status, helper.unit.name(), true);
			}
		}

		private void reply(LocalDate on, ResultClass resultClass) {
			Instant at = this.cursor.next(on);
			LocalDate repliedOn = date(at);
			Assignment lead = leadAssignment();
			boolean onBehalf = LoopSimulator.this.random.nextInt(5) == 0;
			Actor actor = onBehalf ? this.staff : unit(lead.unit);
			if ("PENDING".equals(lead.status)) {
				lead.status = "SIGNED_FOR";
				lead.signedForAt = at;
				lead.signedForBy = actor.userId();
				lead.version++;
			}
			String measures = fill(this.story.measures());
			long replyId = LoopSimulator.this.tables.id(LoopSimulator.this.tables.reply);
			LoopSimulator.this.tables.reply.row(replyId, 0, this.id, this.roundId, lead.unit.id(), resultClass.name(),
					measures, fill(this.story.reply()), repliedOn, this.due, !repliedOn.isAfter(this.due), onBehalf, at,
					actor.userId());
			this.lastReplyId = replyId;
			this.lastReplyOn = repliedOn;
			this.roundReplied = repliedOn;
			this.roundVersion++;
			this.repliedOn = repliedOn;
			this.resultClass = resultClass;
			LoopStatus before = this.status;
			this.status = LoopStatus.FED_BACK;
			entry(at, actor, TimelineAction.REPLIED, before, resultClass.name() + ": " + measures, true);
		}

		private long lastReplyId;

		private LocalDate lastReplyOn;

		private void rate(LocalDate on, boolean satisfied) {
			RandomGenerator random = LoopSimulator.this.random;
			Instant at = this.cursor.next(on);
			LocalDate ratedOn = date(at);
			boolean byLead = random.nextInt(10) < 7;
			Actor actor = byLead ? deputy(this.lead) : this.staff;
			Satisfaction work;
			Satisfaction result;
			String comment;
			if (satisfied) {
				work = random.nextInt(3) == 0 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
				result = (this.resultClass == ResultClass.A && random.nextBoolean()) ? Satisfaction.SATISFIED
						: Satisfaction.BASICALLY_SATISFIED;
				comment = random.nextBoolean() ? null
						: text((result == Satisfaction.SATISFIED) ? "COMMENT_SATISFIED" : "COMMENT_BASIC");
			}
			else {
				work = random.nextBoolean() ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
				result = Satisfaction.UNSATISFIED;
				comment = text("COMMENT_UNSATISFIED");
			}
			LoopSimulator.this.tables.rating.row(LoopSimulator.this.tables.id(LoopSimulator.this.tables.rating), 0,
					this.id, this.lastReplyId, this.round, this.lead.id(), work.name(), result.name(), comment, ratedOn,
					!byLead, at, actor.userId());
			entry(at, actor, TimelineAction.RATED, LoopStatus.FED_BACK,
					work.name() + "/" + result.name() + ((comment != null) ? ": " + comment : ""), false);
			if (satisfied) {
				this.status = LoopStatus.CLOSED;
				this.closedOn = ratedOn;
				this.followUpPending = this.resultClass.needsFollowUp();
				entry(at, actor, TimelineAction.CLOSED, LoopStatus.FED_BACK, null, true);
				endRound();
				return;
			}
			LocalDate newDue = LoopSimulator.this.deadlines.rehandlingDueDate(ratedOn);
			endRound();
			this.status = LoopStatus.SUPERVISED;
			this.round++;
			this.due = newDue;
			entry(at, actor, TimelineAction.RETURNED_FOR_REHANDLING, LoopStatus.FED_BACK, this.round + ": " + newDue,
					true);
			startRound(ratedOn, newDue);
		}

		private void followUpSolved(LocalDate on) {
			if (!on.isBefore(LoopSimulator.this.today)) {
				return;
			}
			Instant at = this.cursor.next(on);
			this.followUpPending = false;
			this.followUpSolvedOn = date(at);
			this.followUpNote = text("FOLLOW_UP");
			entry(at, this.staff, TimelineAction.FOLLOW_UP_SOLVED, LoopStatus.CLOSED, this.followUpNote, true);
		}

		/**
		 * A timeline entry of the suggestion; {@code change} counts it as a command that
		 * touched the row (the version moves, updated_at follows).
		 */
		private void entry(Instant at, Actor actor, TimelineAction action, LoopStatus from, String detail,
				boolean change) {
			timeline(this.id, null, at, actor, action, from, this.status, detail);
			if (change) {
				this.version++;
			}
			this.updatedAt = at;
		}

		private void row(String number, LocalDate proposedOn, Instant proposedAt, Long proposedBy) {
			if (this.round > 0 && this.status != LoopStatus.CLOSED) {
				endRound();
			}
			for (Assignment a : this.assignments) {
				LoopSimulator.this.tables.assignment.row(a.id, a.version, this.id, a.unit.id(),
						a.lead ? "LEAD" : "ASSISTING", a.status, a.assignedOn, a.assignedBy, a.objectionDeadline,
						a.signedForAt, a.signedForBy, a.objectionReason, a.objectedAt, a.objectedBy, a.refusedAt,
						a.refusalReason, a.reroutedAt, a.rerouteReason, a.replacesId, a.replacedById);
			}
			Long leadUnit = this.assignments.isEmpty() ? null : leadAssignment().unit.id();
			LoopSimulator.this.tables.suggestion.row(this.id, this.version, number, this.county.id(), this.venue.id(),
					fill(this.story.title()), fill(this.story.content()),
					LoopSimulator.this.tables.category(this.story.category()), this.story.level().name(),
					fill(LoopSimulator.this.catalog.term(this.story.level())), this.lead.id(), this.status.name(), true,
					this.key, this.keyLeader, proposedOn, proposedAt, proposedBy, this.assignedOn, this.assignedBy,
					leadUnit, this.firstDue, this.due, this.maxDue, this.round, this.repliedOn,
					(this.resultClass != null) ? this.resultClass.name() : null, this.closedOn, this.followUpPending,
					this.followUpSolvedOn, this.followUpNote, this.updatedAt);
		}

		private String fill(String text) {
			return LoopSimulator.this.fill(text, this.venue, this.county);
		}

	}

	// ---------------------------------------------------------------- helpers

	private void timeline(Long suggestionId, Long problemId, Instant at, Actor actor, TimelineAction action,
			LoopStatus from, LoopStatus to, String detail) {
		this.tables.timeline.row(this.tables.id(this.tables.timeline), 0, suggestionId, problemId, at,
				(actor != null) ? actor.userId() : null, (actor != null) ? actor.name() : null,
				(actor != null) ? actor.role() : null, action.name(), (from != null) ? from.name() : null, to.name(),
				(detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail);
	}

	/**
	 * Hands out instants in order, on working hours of the day asked for (never before
	 * the last one, never on or after today).
	 */
	private final class Cursor {

		private Instant at;

		Cursor(Instant start) {
			this.at = start;
		}

		Instant next(LocalDate day) {
			LocalDate last = LoopSimulator.this.today.minusDays(1);
			LocalDate current = date(this.at);
			LocalDate target = day.isAfter(last) ? last : day;
			if (target.isBefore(current)) {
				target = current;
			}
			Instant next;
			if (target.equals(current)) {
				next = this.at.plusSeconds(60 + LoopSimulator.this.random.nextInt(3600));
				if (!date(next).equals(current)) {
					next = this.at.plusMillis(1);
				}
			}
			else {
				next = workingTime(target);
			}
			this.at = next;
			return next;
		}

	}

	private Instant workingTime(LocalDate day) {
		int minutes = DAY_START_MINUTES + this.random.nextInt(WORKING_MINUTES);
		return day.atTime(LocalTime.of(minutes / 60, minutes % 60, this.random.nextInt(60)))
			.atZone(this.zone)
			.toInstant();
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	private LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	private Actor staff(County county) {
		Actor account = this.places.staffAccount(county.id());
		return (account != null) ? account
				: new Actor(null, fill(this.catalog.text("STAFF", this.random), null, county), "COUNTY_STAFF");
	}

	private Actor deputy(Deputy deputy) {
		return new Actor(this.places.deputyAccount(deputy.id()), deputy.name(), "DEPUTY");
	}

	private Actor unit(Unit unit) {
		Actor account = this.places.unitAccount(unit.id());
		return (account != null) ? account : new Actor(null, unit.name(), "HANDLING_UNIT");
	}

	String fill(String text, Venue venue, County county) {
		String result = text.replace("{county}", county.name());
		if (venue != null) {
			result = result.replace("{place}", this.catalog.place(venue.name()))
				.replace("{township}", venue.townshipName());
		}
		return result;
	}

	private String text(String key) {
		return this.catalog.text(key, this.random);
	}

	private <T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	private int between(int from, int to) {
		return (to <= from) ? from : from + this.random.nextInt(to - from + 1);
	}

	private LocalDate between(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return from;
		}
		return from.plusDays(this.random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
	}

	/** A day after {@code from} and before {@code limit} when there is room. */
	private LocalDate later(LocalDate from, LocalDate limit) {
		return between(from, limit.minusDays(1).isBefore(from) ? from : limit.minusDays(1));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * A tracking number (e.g. 7KQ2-M9XD) from the problem's id: the id scrambled by a
	 * bijection of 40 bits, so that no two problems share one.
	 */
	static String trackingNumber(long id) {
		long value = ((id * 0x9E3779B97L) + 0x5DEECE66DL) & (TRACKING_SPACE - 1);
		char[] chars = new char[9];
		int position = 8;
		for (int i = 0; i < 8; i++) {
			if (position == 4) {
				chars[position--] = '-';
			}
			chars[position--] = TRACKING_ALPHABET[(int) (value & 31)];
			value >>>= 5;
		}
		return new String(chars);
	}

}
