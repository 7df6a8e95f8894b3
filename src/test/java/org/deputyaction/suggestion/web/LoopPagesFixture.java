package org.deputyaction.suggestion.web;

import java.time.Clock;
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
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Prefecture;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.OrganizationFixture;

import org.springframework.context.ApplicationContext;

/**
 * A county of its own with two stations, their deputies, three units and one account per
 * role, and items put at the point of the loop a test needs through the services, as
 * county staff would.
 */
public final class LoopPagesFixture {

	/** The voter's contact on every problem, which units must never see. */
	public static final String VOTER_NAME = "周女士";

	public static final String VOTER_PHONE = "13900001234";

	private final ApplicationContext context;

	public final County county;

	public final Venue station;

	public final Venue otherStation;

	public final Deputy leadDeputy;

	public final Deputy stationDeputy;

	public final Deputy otherStationDeputy;

	public final HandlingUnit leadUnit;

	public final HandlingUnit assistingUnit;

	public final HandlingUnit otherUnit;

	public final CurrentUser staff;

	public final CurrentUser deputy;

	public final CurrentUser coSigner;

	public final CurrentUser otherDeputy;

	public final CurrentUser leadUnitUser;

	public final CurrentUser assistingUnitUser;

	public final CurrentUser otherUnitUser;

	public final CurrentUser admin;

	public final Long categoryId;

	public LoopPagesFixture(ApplicationContext context) {
		this.context = context;
		OrganizationFixture organization = context.getAutowireCapableBeanFactory()
			.createBean(OrganizationFixture.class);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		String tag = OrganizationFixture.code("P").substring(2).toUpperCase();
		Prefecture prefecture = context.getBean(PrefectureRepository.class)
			.findByCode("TEST-P")
			.orElseGet(() -> context.getBean(PrefectureRepository.class).saveAndFlush(new Prefecture("TEST-P", "测试州")));
		this.county = context.getBean(CountyRepository.class)
			.saveAndFlush(new County("C-" + tag, "页面县" + tag, "页" + tag, prefecture));
		Township township = organization.township(this.county, "页面镇");
		this.station = organization.venue(township, VenueKind.LIAISON_STATION, "页面一站");
		this.otherStation = organization.venue(township, VenueKind.LIAISON_STATION, "页面二站");
		this.leadDeputy = organization.deputy(this.station, "孙代表");
		this.stationDeputy = organization.deputy(this.station, "钱代表");
		this.otherStationDeputy = organization.deputy(this.otherStation, "吴代表");
		this.leadUnit = organization.unit(this.county, "页面交通局", AdministrativeLevel.COUNTY);
		this.assistingUnit = organization.unit(this.county, "页面财政局", AdministrativeLevel.COUNTY);
		this.otherUnit = organization.unit(this.county, "页面住建局", AdministrativeLevel.COUNTY);
		this.staff = account(accounts, Role.COUNTY_STAFF, null, null, null);
		this.deputy = account(accounts, Role.DEPUTY, this.station, this.leadDeputy, null);
		this.coSigner = account(accounts, Role.DEPUTY, this.station, this.stationDeputy, null);
		this.otherDeputy = account(accounts, Role.DEPUTY, this.otherStation, this.otherStationDeputy, null);
		this.leadUnitUser = account(accounts, Role.HANDLING_UNIT, null, null, this.leadUnit);
		this.assistingUnitUser = account(accounts, Role.HANDLING_UNIT, null, null, this.assistingUnit);
		this.otherUnitUser = account(accounts, Role.HANDLING_UNIT, null, null, this.otherUnit);
		this.admin = account(accounts, Role.ADMIN, null, null, null);
		this.categoryId = context.getBean(CategoryService.class).tree(true).get(0).children().get(0).id();
	}

	private CurrentUser account(UserAccountRepository accounts, Role role, Venue venue, Deputy deputy,
			HandlingUnit unit) {
		UserAccount account = new UserAccount(OrganizationFixture.code("page").toLowerCase(), "{noop}x",
				role.name().toLowerCase() + "-page", role);
		account.setCountyId(this.county.getId());
		account.setVenueId((venue != null) ? venue.getId() : null);
		account.setDeputyId((deputy != null) ? deputy.getId() : null);
		account.setUnitId((unit != null) ? unit.getId() : null);
		if (role == Role.ADMIN) {
			account.setCountyId(null);
		}
		return CurrentUsers.of(accounts.save(account));
	}

	public LocalDate today() {
		return LocalDate.now(this.context.getBean(Clock.class));
	}

	/** A problem found at the first station, with the voter's contact. */
	public ProblemView problem(String title) {
		return this.context.getBean(ProblemService.class)
			.record(new RecordProblem(UUID.randomUUID(), this.station.getId(), title, "村道多处坑洼,雨天积水。",
					ProblemSource.RECEPTION_DAY, today(), VOTER_NAME, VOTER_PHONE, List.of()), this.staff);
	}

	/**
	 * A suggestion led by the first station's deputy, its other deputy invited to
	 * co-sign.
	 */
	public SuggestionDetail proposed(String title) {
		ProblemView problem = problem(title);
		return this.context.getBean(SuggestionService.class)
			.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(problem.id()), null, title, "建议尽快修复。",
					this.categoryId, AdministrativeLevel.COUNTY, "第十届", this.leadDeputy.getId(),
					List.of(this.stationDeputy.getId()), true, List.of()), this.staff);
	}

	/** Assigned to the lead unit, with the assisting units given. */
	public SuggestionDetail assigned(String title, HandlingUnit... assisting) {
		SuggestionDetail s = proposed(title);
		return this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(s.id(), s.version(), this.leadUnit.getId(),
					List.of(assisting).stream().map(HandlingUnit::getId).toList(), null, null), this.staff);
	}

	/** Replied by the lead unit with class B, waiting for the lead deputy's rating. */
	public SuggestionDetail fedBack(String title) {
		SuggestionDetail s = assigned(title);
		return this.context.getBean(ReplyService.class)
			.reply(new RecordReply(s.id(), s.version(), ResultClass.B, "已列入年度计划。", "答复内容。", null, List.of()),
					this.leadUnitUser);
	}

	public SuggestionDetail get(Long id) {
		return this.context.getBean(SuggestionService.class).get(id, this.staff);
	}

}
