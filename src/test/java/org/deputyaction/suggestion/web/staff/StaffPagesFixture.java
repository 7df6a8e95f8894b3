package org.deputyaction.suggestion.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.organization.Prefecture;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.TownshipRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A county with a station, its deputies and units, a second county, and one account per
 * role, all with unique codes; and items at a point of the loop, made through the
 * services.
 */
final class StaffPagesFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final String tag;

	final County county;

	final Venue station;

	final Deputy leadDeputy;

	final Deputy coSigner;

	final HandlingUnit leadUnit;

	final HandlingUnit assistingUnit;

	final HandlingUnit spareUnit;

	final Venue otherCountyStation;

	final CurrentUser staff;

	final CurrentUser office;

	final CurrentUser deputy;

	final CurrentUser unit;

	final CurrentUser otherCountyStaff;

	final Long categoryId;

	private final ApplicationContext context;

	StaffPagesFixture(ApplicationContext context) {
		this.context = context;
		this.tag = "W" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
		String t = this.tag;
		PrefectureRepository prefectures = context.getBean(PrefectureRepository.class);
		CountyRepository counties = context.getBean(CountyRepository.class);
		TownshipRepository townships = context.getBean(TownshipRepository.class);
		VenueRepository venues = context.getBean(VenueRepository.class);
		DeputyRepository deputies = context.getBean(DeputyRepository.class);
		HandlingUnitRepository units = context.getBean(HandlingUnitRepository.class);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		Object[] built = new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute((s) -> {
			Prefecture prefecture = prefectures.save(new Prefecture(t, "测试州" + t));
			County county = counties.save(new County(t + "-A", "甲县" + t, "甲" + t, prefecture));
			County other = counties.save(new County(t + "-B", "乙县" + t, "乙" + t, prefecture));
			Township township = townships.save(new Township(t + "-A-1", "甲镇", county));
			Township otherTownship = townships.save(new Township(t + "-B-1", "乙镇", other));
			Venue station = venues.save(new Venue(t + "-A-1-01", VenueKind.LIAISON_STATION, "甲站" + t, township));
			Venue otherStation = venues
				.save(new Venue(t + "-B-1-01", VenueKind.LIAISON_STATION, "乙站" + t, otherTownship));
			Deputy lead = deputies.save(new Deputy(t + "-D1", "张代表", AdministrativeLevel.COUNTY, station));
			Deputy coSigner = deputies.save(new Deputy(t + "-D2", "李代表", AdministrativeLevel.COUNTY, station));
			HandlingUnit leadUnit = unit(units, t + "-U1", "交通运输局" + t, county);
			HandlingUnit assistingUnit = unit(units, t + "-U2", "财政局" + t, county);
			HandlingUnit spareUnit = unit(units, t + "-U3", "住建局" + t, county);
			return new Object[] { county, station, lead, coSigner, leadUnit, assistingUnit, spareUnit, otherStation,
					account(accounts, t, "staff", Role.COUNTY_STAFF, county, null, null, null),
					account(accounts, t, "office", Role.PREFECTURE_OFFICE, null, null, null, null),
					account(accounts, t, "deputy", Role.DEPUTY, county, station, lead, null),
					account(accounts, t, "unit", Role.HANDLING_UNIT, county, null, null, leadUnit),
					account(accounts, t, "otherstaff", Role.COUNTY_STAFF, other, null, null, null) };
		});
		int i = 0;
		this.county = (County) built[i++];
		this.station = (Venue) built[i++];
		this.leadDeputy = (Deputy) built[i++];
		this.coSigner = (Deputy) built[i++];
		this.leadUnit = (HandlingUnit) built[i++];
		this.assistingUnit = (HandlingUnit) built[i++];
		this.spareUnit = (HandlingUnit) built[i++];
		this.otherCountyStation = (Venue) built[i++];
		this.staff = (CurrentUser) built[i++];
		this.office = (CurrentUser) built[i++];
		this.deputy = (CurrentUser) built[i++];
		this.unit = (CurrentUser) built[i++];
		this.otherCountyStaff = (CurrentUser) built[i++];
		this.categoryId = context.getBean(CategoryService.class)
			.tree(true)
			.stream()
			.filter((c) -> c.code().equals("TRAFFIC"))
			.findFirst()
			.orElseThrow()
			.children()
			.get(0)
			.id();
	}

	LocalDate today() {
		return LocalDate.now(this.context.getBean(Clock.class));
	}

	ProblemView problem(String title) {
		return this.context.getBean(ProblemService.class)
			.record(new RecordProblem(UUID.randomUUID(), this.station.getId(), title, "村道多处坑洼。", ProblemSource.VISIT,
					today(), "周女士", "13900000000", List.of()), this.staff);
	}

	SuggestionDetail proposed(String title) {
		ProblemView problem = problem(title);
		return this.context.getBean(SuggestionService.class)
			.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(problem.id()), null, title, "建议尽快修复村道。",
					this.categoryId, AdministrativeLevel.COUNTY, "第十届", this.leadDeputy.getId(),
					List.of(this.coSigner.getId()), true, List.of()), this.staff);
	}

	SuggestionDetail assigned(String title) {
		SuggestionDetail s = proposed(title);
		return this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(s.id(), s.version(), this.leadUnit.getId(),
					List.of(this.assistingUnit.getId()), null, null), this.staff);
	}

	SuggestionDetail current(Long id) {
		return this.context.getBean(SuggestionService.class).get(id, this.staff);
	}

	private static HandlingUnit unit(HandlingUnitRepository units, String code, String name, County county) {
		HandlingUnit unit = new HandlingUnit(code, name, AdministrativeLevel.COUNTY);
		unit.setCounty(county);
		return units.save(unit);
	}

	private static CurrentUser account(UserAccountRepository accounts, String tag, String name, Role role,
			County county, Venue venue, Deputy deputy, HandlingUnit unit) {
		UserAccount account = new UserAccount((tag + "-" + name).toLowerCase(), "{noop}x", name + tag, role);
		account.setCountyId((county != null) ? county.getId() : null);
		account.setVenueId((venue != null) ? venue.getId() : null);
		account.setDeputyId((deputy != null) ? deputy.getId() : null);
		account.setUnitId((unit != null) ? unit.getId() : null);
		return CurrentUsers.of(accounts.save(account));
	}

}
