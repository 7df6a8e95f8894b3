package org.deputyaction.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.deputyaction.organization.DeputyGroup;
import org.deputyaction.organization.DeputyGroupRepository;
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
import org.deputyaction.suggestion.AttachmentUpload;
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
 * Two counties of a prefecture of their own, one account per role bound to the first
 * county's station and unit, and in each of three places (the callers' own station and
 * unit, a neighbouring station and unit of the same county, and the other county) a found
 * problem and an assigned suggestion, each with an attachment. All codes are unique.
 */
final class ScopeFixture {

	/** Whose objects a request names, seen from the fixture's accounts. */
	enum Place {

		/** The station, deputy and unit the accounts are bound to. */
		OWN,
		/** Another station and unit of the same county. */
		NEIGHBOUR,
		/** The other county. */
		FOREIGN

	}

	/** One place's organisation and loop items. */
	record Items(County county, Township township, Venue station, Deputy deputy, HandlingUnit unit, DeputyGroup group,
			Long problemId, Long problemAttachmentId, Long suggestionId, Long suggestionAttachmentId,
			UserAccount staffAccount) {
	}

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final String tag;

	final Map<Role, CurrentUser> users = new EnumMap<>(Role.class);

	final Map<Place, Items> places = new EnumMap<>(Place.class);

	final Long categoryId;

	private ScopeFixture(ApplicationContext context) {
		this.tag = "S" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
		PrefectureRepository prefectures = context.getBean(PrefectureRepository.class);
		CountyRepository counties = context.getBean(CountyRepository.class);
		TownshipRepository townships = context.getBean(TownshipRepository.class);
		VenueRepository venues = context.getBean(VenueRepository.class);
		DeputyRepository deputies = context.getBean(DeputyRepository.class);
		DeputyGroupRepository groups = context.getBean(DeputyGroupRepository.class);
		HandlingUnitRepository units = context.getBean(HandlingUnitRepository.class);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.categoryId = context.getBean(CategoryService.class)
			.tree(true)
			.stream()
			.filter((c) -> c.code().equals("TRAFFIC"))
			.findFirst()
			.orElseThrow()
			.children()
			.get(0)
			.id();
		String t = this.tag;
		Map<Place, Object[]> built = tx.execute((status) -> {
			Prefecture prefecture = prefectures.save(new Prefecture(t, "安全测试州" + t));
			County a = counties.save(new County(t + "-A", "甲县" + t, "甲" + t, prefecture));
			County b = counties.save(new County(t + "-B", "乙县" + t, "乙" + t, prefecture));
			Township ta = townships.save(new Township(t + "-A-1", "甲镇", a));
			Township tb = townships.save(new Township(t + "-B-1", "乙镇", b));
			Map<Place, Object[]> made = new EnumMap<>(Place.class);
			made.put(Place.OWN, place(t + "-A-1-01", "甲站", ta, a, venues, deputies, groups, units, accounts, "1"));
			made.put(Place.NEIGHBOUR,
					place(t + "-A-1-02", "甲二站", ta, a, venues, deputies, groups, units, accounts, "2"));
			made.put(Place.FOREIGN, place(t + "-B-1-01", "乙站", tb, b, venues, deputies, groups, units, accounts, "3"));
			return made;
		});
		Object[] own = built.get(Place.OWN);
		UserAccount staff = (UserAccount) own[6];
		this.users.put(Role.COUNTY_STAFF, CurrentUsers.of(staff));
		this.users.put(Role.ADMIN, tx.execute((s) -> CurrentUsers
			.of(accounts.save(new UserAccount((t + "-admin").toLowerCase(), "{noop}x", "管理员" + t, Role.ADMIN)))));
		this.users.put(Role.PREFECTURE_OFFICE, tx.execute((s) -> CurrentUsers.of(accounts
			.save(new UserAccount((t + "-office").toLowerCase(), "{noop}x", "工委" + t, Role.PREFECTURE_OFFICE)))));
		this.users.put(Role.DEPUTY, tx.execute((s) -> {
			UserAccount account = new UserAccount((t + "-deputy").toLowerCase(), "{noop}x", "代表" + t, Role.DEPUTY);
			Venue station = (Venue) own[0];
			account.setCountyId(((County) own[7]).getId());
			account.setVenueId(station.getId());
			account.setDeputyId(((Deputy) own[1]).getId());
			return CurrentUsers.of(accounts.save(account));
		}));
		this.users.put(Role.HANDLING_UNIT, tx.execute((s) -> {
			UserAccount account = new UserAccount((t + "-unit").toLowerCase(), "{noop}x", "单位" + t, Role.HANDLING_UNIT);
			account.setCountyId(((County) own[7]).getId());
			account.setUnitId(((HandlingUnit) own[2]).getId());
			return CurrentUsers.of(accounts.save(account));
		}));
		CurrentUser office = this.users.get(Role.PREFECTURE_OFFICE);
		for (Place place : Place.values()) {
			Object[] p = built.get(place);
			this.places.put(place, items(context, p, office));
		}
	}

	static ScopeFixture create(ApplicationContext context) {
		return new ScopeFixture(context);
	}

	CurrentUser user(Role role) {
		return this.users.get(role);
	}

	Items at(Place place) {
		return this.places.get(place);
	}

	private static Object[] place(String code, String name, Township township, County county, VenueRepository venues,
			DeputyRepository deputies, DeputyGroupRepository groups, HandlingUnitRepository units,
			UserAccountRepository accounts, String n) {
		Venue station = venues.save(new Venue(code, VenueKind.LIAISON_STATION, name, township));
		Deputy deputy = deputies.save(new Deputy(code + "-D", "代表" + n, AdministrativeLevel.COUNTY, station));
		HandlingUnit unit = new HandlingUnit(code + "-U", "交通局" + n, AdministrativeLevel.COUNTY);
		unit.setCounty(county);
		unit = units.save(unit);
		DeputyGroup group = groups.save(new DeputyGroup(code + "-G", "代表小组" + n, station));
		UserAccount staff = new UserAccount((code + "-staff").toLowerCase(), "{noop}x", "工作人员" + n, Role.COUNTY_STAFF);
		staff.setCountyId(county.getId());
		staff = accounts.save(staff);
		return new Object[] { station, deputy, unit, group, township, null, staff, county };
	}

	private static Items items(ApplicationContext context, Object[] p, CurrentUser office) {
		Venue station = (Venue) p[0];
		Deputy deputy = (Deputy) p[1];
		HandlingUnit unit = (HandlingUnit) p[2];
		ProblemService problems = context.getBean(ProblemService.class);
		SuggestionService suggestions = context.getBean(SuggestionService.class);
		LocalDate today = LocalDate.now(context.getBean(Clock.class));
		AttachmentUpload photo = new AttachmentUpload("photo.png", "image/png", PNG);
		ProblemView found = problems.record(new RecordProblem(UUID.randomUUID(), station.getId(), "路灯损坏", "村口路灯损坏多日。",
				ProblemSource.VISIT, today, "周女士", "13900000000", List.of(photo)), office);
		ProblemView toPropose = problems.record(new RecordProblem(UUID.randomUUID(), station.getId(), "村道破损", "村道多处坑洼。",
				ProblemSource.VISIT, today, null, null, List.of()), office);
		SuggestionDetail proposed = suggestions
			.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(toPropose.id()), null, "关于修复村道的建议", "建议尽快修复村道。",
					categoryOf(context), AdministrativeLevel.COUNTY, "第十届", deputy.getId(), List.of(), true, List.of()),
					office);
		Long suggestionAttachment = suggestions.attach(proposed.id(), proposed.version(), photo, office).id();
		SuggestionDetail current = suggestions.get(proposed.id(), office);
		context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(current.id(), current.version(), unit.getId(), List.of(), null, null), office);
		return new Items((County) p[7], (Township) p[4], station, deputy, unit, (DeputyGroup) p[3], found.id(),
				found.attachments().get(0).id(), proposed.id(), suggestionAttachment, (UserAccount) p[6]);
	}

	private static Long categoryOf(ApplicationContext context) {
		return context.getBean(CategoryService.class)
			.tree(true)
			.stream()
			.filter((c) -> c.code().equals("TRAFFIC"))
			.findFirst()
			.orElseThrow()
			.children()
			.get(0)
			.id();
	}

}
