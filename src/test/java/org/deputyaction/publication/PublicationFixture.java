package org.deputyaction.publication;

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
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.FeedbackService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.RateReply;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;

import org.springframework.context.ApplicationContext;

/**
 * A county with one station (and a second station of the same township) whose items sit
 * at every point of the loop, made through the loop's services as staff would: one just
 * proposed (from a problem a voter raised, with the voter's name and phone), one overdue,
 * one near-due, one closed with a satisfied rating, and one not made public.
 */
final class PublicationFixture {

	static final String VOTER_NAME = "欧阳秘语";

	static final String VOTER_PHONE = "13987654321";

	static final String HIDDEN_TITLE = "不公开的内部事项";

	County county;

	Venue station;

	Venue otherStation;

	Deputy lead;

	Deputy coSigner;

	HandlingUnit leadUnit;

	HandlingUnit assistingUnit;

	CurrentUser staff;

	CurrentUser otherCountyStaff;

	CurrentUser deputy;

	Long categoryId;

	SuggestionDetail proposed;

	SuggestionDetail overdue;

	SuggestionDetail nearDue;

	SuggestionDetail closed;

	SuggestionDetail hidden;

	private final ApplicationContext context;

	private final LocalDate today;

	private final MutableClock clock;

	/**
	 * Builds the items, moving the shared clock back to the days they happened on; the
	 * clock follows the real time again when this returns.
	 */
	PublicationFixture(ApplicationContext context, OrganizationFixture organization) {
		this.context = context;
		this.clock = context.getBeanProvider(MutableClock.class).getIfAvailable();
		this.today = LocalDate.now(context.getBean(Clock.class));
		try {
			build(organization);
		}
		finally {
			if (this.clock != null) {
				this.clock.reset();
			}
		}
	}

	private void build(OrganizationFixture organization) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		County other = organization.county("邻县" + tag);
		this.county = context.getBean(CountyRepository.class)
			.saveAndFlush(new County(OrganizationFixture.code("C"), "公示县" + tag, "公示" + tag, other.getPrefecture()));
		Township township = organization.township(this.county, "公示镇");
		this.station = organization.venue(township, VenueKind.LIAISON_STATION, "公示联络站" + tag);
		this.otherStation = organization.venue(township, VenueKind.LIAISON_STATION, "隔壁联络站" + tag);
		this.lead = organization.deputy(this.station, "向领衔" + tag);
		this.coSigner = organization.deputy(this.station, "田附议" + tag);
		this.leadUnit = organization.unit(this.county, "公示县交通运输局" + tag, AdministrativeLevel.COUNTY);
		this.assistingUnit = organization.unit(this.county, "公示县财政局" + tag, AdministrativeLevel.COUNTY);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		this.staff = account(accounts, "staff" + tag, Role.COUNTY_STAFF, this.county, null, null);
		this.otherCountyStaff = account(accounts, "other" + tag, Role.COUNTY_STAFF, other, null, null);
		this.deputy = account(accounts, "deputy" + tag, Role.DEPUTY, this.county, this.station, this.lead);
		this.categoryId = context.getBean(CategoryService.class).tree(true).get(0).children().get(0).id();

		daysAgo(120);
		this.overdue = assign(propose("修复石板桥的建议", true, false), null,
				(this.clock != null) ? this.today.minusDays(10) : this.today.plusDays(60));
		daysAgo(60);
		SuggestionDetail replied = assign(propose("增开乡村客车班次的建议", true, false), null, this.today.plusDays(30),
				List.of());
		daysAgo(20);
		this.nearDue = assign(propose("疏通排水沟的建议", true, false), null, this.today.plusDays(5));
		daysAgo(3);
		replied = reply(replied);
		daysAgo(0);
		this.closed = this.context.getBean(FeedbackService.class)
			.rate(new RateReply(replied.id(), replied.version(), Satisfaction.SATISFIED,
					Satisfaction.BASICALLY_SATISFIED, null, null), this.staff);
		this.proposed = propose("修建村口路灯的建议", true, true);
		this.hidden = propose(HIDDEN_TITLE, false, false);
	}

	/**
	 * Moves the shared test clock to that many days before today; without one (in the
	 * browser tests' application) everything happens today, and nothing is overdue.
	 */
	private void daysAgo(int days) {
		if (this.clock != null) {
			this.clock.setToday(this.today.minusDays(days));
		}
	}

	LocalDate today() {
		return this.today;
	}

	SuggestionDetail propose(String title, boolean publicVisible, boolean withCoSigner) {
		ProblemView problem = this.context.getBean(ProblemService.class)
			.record(new RecordProblem(UUID.randomUUID(), this.station.getId(), title, "选民反映:" + title,
					ProblemSource.RECEPTION_DAY,
					LocalDate.now((this.clock != null) ? this.clock : this.context.getBean(Clock.class)), VOTER_NAME,
					VOTER_PHONE, List.of()), this.staff);
		return this.context.getBean(SuggestionService.class)
			.propose(
					new ProposeSuggestion(UUID.randomUUID(), List.of(problem.id()), null, title, "建议：" + title,
							this.categoryId, AdministrativeLevel.COUNTY, "第十届", this.lead.getId(),
							withCoSigner ? List.of(this.coSigner.getId()) : List.of(), publicVisible, List.of()),
					this.staff);
	}

	SuggestionDetail assign(SuggestionDetail suggestion, LocalDate assignedOn, LocalDate dueOn) {
		return assign(suggestion, assignedOn, dueOn, List.of(this.assistingUnit.getId()));
	}

	SuggestionDetail assign(SuggestionDetail suggestion, LocalDate assignedOn, LocalDate dueOn,
			List<Long> assistingUnitIds) {
		return this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(suggestion.id(), suggestion.version(), this.leadUnit.getId(), assistingUnitIds,
					assignedOn, dueOn), this.staff);
	}

	SuggestionDetail reply(SuggestionDetail suggestion) {
		return this.context.getBean(ReplyService.class)
			.reply(new RecordReply(suggestion.id(), suggestion.version(), ResultClass.A, "已增开早晚两班客车。", "答复全文。", null,
					List.of()), this.staff);
	}

	private static CurrentUser account(UserAccountRepository accounts, String name, Role role, County county,
			Venue venue, Deputy deputy) {
		UserAccount account = new UserAccount(name.toLowerCase(), "{noop}x", name, role);
		account.setCountyId(county.getId());
		account.setVenueId((venue != null) ? venue.getId() : null);
		account.setDeputyId((deputy != null) ? deputy.getId() : null);
		return CurrentUsers.of(accounts.save(account));
	}

}
