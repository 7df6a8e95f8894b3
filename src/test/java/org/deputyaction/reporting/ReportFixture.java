package org.deputyaction.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyGroup;
import org.deputyaction.organization.DeputyGroupRepository;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.FeedbackService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.DecideExtension;
import org.deputyaction.suggestion.HandlingCommands.MarkKeySupervision;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.HandlingCommands.RequestExtension;
import org.deputyaction.suggestion.ProblemCommands.MergeProblem;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemCommands.SettleProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;

import org.springframework.context.ApplicationContext;

/**
 * A county of its own with two townships, three stations (one with a deputy group), units
 * and accounts, and helpers that move suggestions round the loop through the services at
 * given dates, as users would.
 */
final class ReportFixture {

	final County county;

	final Township township;

	final Township otherTownship;

	final Venue station;

	final Venue groupStation;

	final Venue otherStation;

	final DeputyGroup group;

	final Deputy deputy;

	final Deputy groupDeputy;

	final Deputy otherDeputy;

	final HandlingUnit unit;

	final HandlingUnit otherUnit;

	final CurrentUser staff;

	final CurrentUser office;

	final CurrentUser stationDeputy;

	final Long category;

	final Long otherCategory;

	private final ApplicationContext context;

	private final MutableClock clock;

	ReportFixture(ApplicationContext context) {
		this.context = context;
		this.clock = context.getBean(MutableClock.class);
		OrganizationFixture org = context.getBean(OrganizationFixture.class);
		this.county = org.county("报表县");
		this.township = org.township(this.county, "甲镇");
		this.otherTownship = org.township(this.county, "乙镇");
		this.station = org.venue(this.township, VenueKind.LIAISON_STATION, "甲一站");
		this.groupStation = org.venue(this.township, VenueKind.LIAISON_STATION, "甲二站");
		this.otherStation = org.venue(this.otherTownship, VenueKind.LIAISON_STATION, "乙一站");
		this.group = context.getBean(DeputyGroupRepository.class)
			.saveAndFlush(new DeputyGroup(OrganizationFixture.code("G"), "甲二小组", this.groupStation));
		this.deputy = org.deputy(this.station, "张代表");
		Deputy inGroup = org.deputy(this.groupStation, "李代表");
		inGroup.setGroup(this.group);
		this.groupDeputy = context.getBean(DeputyRepository.class).saveAndFlush(inGroup);
		this.otherDeputy = org.deputy(this.otherStation, "王代表");
		this.unit = org.unit(this.county, "交通运输局", AdministrativeLevel.COUNTY);
		this.otherUnit = org.unit(this.county, "水利局", AdministrativeLevel.COUNTY);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		this.staff = account(accounts, Role.COUNTY_STAFF, this.county.getId(), null, null);
		this.office = account(accounts, Role.PREFECTURE_OFFICE, null, null, null);
		this.stationDeputy = account(accounts, Role.DEPUTY, this.county.getId(), this.station.getId(),
				this.deputy.getId());
		var tree = context.getBean(CategoryService.class).tree(true);
		this.category = tree.get(0).children().get(0).id();
		this.otherCategory = tree.get(1).children().isEmpty() ? tree.get(1).id() : tree.get(1).children().get(0).id();
	}

	private static CurrentUser account(UserAccountRepository accounts, Role role, Long countyId, Long venueId,
			Long deputyId) {
		String name = OrganizationFixture.code("rep").toLowerCase();
		UserAccount account = new UserAccount(name, "{noop}x", name, role);
		account.setCountyId(countyId);
		account.setVenueId(venueId);
		account.setDeputyId(deputyId);
		return CurrentUsers.of(accounts.save(account));
	}

	void on(LocalDate day) {
		this.clock.setToday(day);
	}

	ProblemView problem(Venue venue, LocalDate foundOn) {
		on(foundOn);
		return this.context.getBean(ProblemService.class)
			.record(new RecordProblem(UUID.randomUUID(), venue.getId(), "村道破损", "村道多处坑洼。", ProblemSource.VISIT, foundOn,
					null, null, List.of()), this.staff);
	}

	void resolve(ProblemView problem) {
		this.context.getBean(ProblemService.class)
			.resolveDirectly(new SettleProblem(problem.id(), problem.version(), "当场解决"), this.staff);
	}

	void decline(ProblemView problem) {
		this.context.getBean(ProblemService.class)
			.decline(new SettleProblem(problem.id(), problem.version(), "不属受理范围"), this.staff);
	}

	void merge(ProblemView problem, ProblemView into) {
		this.context.getBean(ProblemService.class)
			.merge(new MergeProblem(problem.id(), problem.version(), into.id(), "重复"), this.staff);
	}

	SuggestionDetail propose(Deputy lead, LocalDate on, Long categoryId, AdministrativeLevel level,
			List<Long> problems) {
		on(on);
		return this.context.getBean(SuggestionService.class)
			.propose(
					new ProposeSuggestion(UUID.randomUUID(), problems, lead.getVenue().getId(), "关于修复村道的建议",
							"建议尽快修复村道。", categoryId, level, "第十届", lead.getId(), List.of(), true, List.of()),
					this.staff);
	}

	SuggestionDetail propose(Deputy lead, LocalDate on) {
		return propose(lead, on, this.category, AdministrativeLevel.COUNTY, List.of());
	}

	SuggestionDetail assign(SuggestionDetail s, HandlingUnit lead, LocalDate on, LocalDate dueOn) {
		on(on);
		return this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(s.id(), s.version(), lead.getId(), List.of(), on, dueOn), this.staff);
	}

	SuggestionDetail reply(SuggestionDetail s, ResultClass resultClass, LocalDate on) {
		on(on);
		return this.context.getBean(ReplyService.class)
			.reply(new RecordReply(s.id(), s.version(), resultClass, "已处理", "答复内容", on, List.of()), this.staff);
	}

	SuggestionDetail rate(SuggestionDetail s, Satisfaction work, Satisfaction result, LocalDate on) {
		on(on);
		return this.context.getBean(FeedbackService.class)
			.rate(new RateReply(s.id(), s.version(), work, result, null, on), this.staff);
	}

	SuggestionDetail extend(SuggestionDetail s, LocalDate to, LocalDate on) {
		on(on);
		SupervisionService supervision = this.context.getBean(SupervisionService.class);
		SuggestionDetail requested = supervision
			.requestExtension(new RequestExtension(s.id(), s.version(), to, "需要更多时间"), this.staff);
		Long requestId = requested.extensions().get(requested.extensions().size() - 1).id();
		return supervision.decideExtension(new DecideExtension(s.id(), requested.version(), requestId, true, to, null),
				this.office);
	}

	SuggestionDetail keySupervision(SuggestionDetail s) {
		return this.context.getBean(SupervisionService.class)
			.markKeySupervision(new MarkKeySupervision(s.id(), s.version(), true, "王主任"), this.staff);
	}

}
