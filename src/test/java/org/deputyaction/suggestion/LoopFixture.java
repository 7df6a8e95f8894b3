package org.deputyaction.suggestion;

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

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two counties of a new prefecture, each with a township, two stations, deputies, units
 * and one account per role, all with unique codes so that tests never share data.
 */
public final class LoopFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public final County county;

	public final Venue station;

	public final Venue otherStation;

	public final Deputy leadDeputy;

	public final Deputy coSigner;

	public final HandlingUnit leadUnit;

	public final HandlingUnit assistingUnit;

	public final HandlingUnit spareUnit;

	public final County otherCounty;

	public final Venue otherCountyStation;

	public final Deputy otherCountyDeputy;

	public final HandlingUnit otherCountyUnit;

	public final CurrentUser staff;

	public final CurrentUser office;

	public final CurrentUser admin;

	public final CurrentUser deputy;

	public final CurrentUser coSignerDeputy;

	public final CurrentUser otherStationDeputy;

	public final CurrentUser leadUnitUser;

	public final CurrentUser assistingUnitUser;

	public final CurrentUser spareUnitUser;

	public final CurrentUser otherCountyStaff;

	public final CurrentUser otherCountyUnitUser;

	public final Long categoryId;

	private LoopFixture(ApplicationContext context) {
		String tag = "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
		PrefectureRepository prefectures = context.getBean(PrefectureRepository.class);
		CountyRepository counties = context.getBean(CountyRepository.class);
		TownshipRepository townships = context.getBean(TownshipRepository.class);
		VenueRepository venues = context.getBean(VenueRepository.class);
		DeputyRepository deputies = context.getBean(DeputyRepository.class);
		HandlingUnitRepository units = context.getBean(HandlingUnitRepository.class);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		Object[] built = tx.execute((status) -> {
			Prefecture prefecture = prefectures.save(new Prefecture(tag, "测试州" + tag));
			County county = counties.save(new County(tag + "-A", "甲县" + tag, "甲" + tag, prefecture));
			County other = counties.save(new County(tag + "-B", "乙县" + tag, "乙" + tag, prefecture));
			Township township = townships.save(new Township(tag + "-A-1", "甲镇", county));
			Township otherTownship = townships.save(new Township(tag + "-B-1", "乙镇", other));
			Venue station = venues.save(new Venue(tag + "-A-1-01", VenueKind.LIAISON_STATION, "甲站", township));
			Venue otherStation = venues.save(new Venue(tag + "-A-1-02", VenueKind.LIAISON_STATION, "甲二站", township));
			Venue otherCountyStation = venues
				.save(new Venue(tag + "-B-1-01", VenueKind.LIAISON_STATION, "乙站", otherTownship));
			Deputy lead = deputies.save(new Deputy(tag + "-D1", "张代表", AdministrativeLevel.COUNTY, station));
			Deputy coSigner = deputies.save(new Deputy(tag + "-D2", "李代表", AdministrativeLevel.COUNTY, otherStation));
			Deputy otherStationDeputy = deputies
				.save(new Deputy(tag + "-D3", "王代表", AdministrativeLevel.TOWNSHIP, otherStation));
			Deputy otherCountyDeputy = deputies
				.save(new Deputy(tag + "-D4", "赵代表", AdministrativeLevel.COUNTY, otherCountyStation));
			HandlingUnit leadUnit = unit(units, tag + "-U1", "交通运输局", county);
			HandlingUnit assistingUnit = unit(units, tag + "-U2", "财政局", county);
			HandlingUnit spareUnit = unit(units, tag + "-U3", "住建局", county);
			HandlingUnit otherCountyUnit = unit(units, tag + "-U4", "乙县交通局", other);
			return new Object[] { county, station, otherStation, lead, coSigner, leadUnit, assistingUnit, spareUnit,
					other, otherCountyStation, otherCountyDeputy, otherCountyUnit,
					account(accounts, tag, "staff", Role.COUNTY_STAFF, county, null, null, null),
					account(accounts, tag, "office", Role.PREFECTURE_OFFICE, null, null, null, null),
					account(accounts, tag, "admin", Role.ADMIN, null, null, null, null),
					account(accounts, tag, "deputy", Role.DEPUTY, county, station, lead, null),
					account(accounts, tag, "cosigner", Role.DEPUTY, county, otherStation, coSigner, null),
					account(accounts, tag, "otherdeputy", Role.DEPUTY, county, otherStation, otherStationDeputy, null),
					account(accounts, tag, "leadunit", Role.HANDLING_UNIT, county, null, null, leadUnit),
					account(accounts, tag, "assisting", Role.HANDLING_UNIT, county, null, null, assistingUnit),
					account(accounts, tag, "spare", Role.HANDLING_UNIT, county, null, null, spareUnit),
					account(accounts, tag, "otherstaff", Role.COUNTY_STAFF, other, null, null, null),
					account(accounts, tag, "otherunit", Role.HANDLING_UNIT, other, null, null, otherCountyUnit) };
		});
		int i = 0;
		this.county = (County) built[i++];
		this.station = (Venue) built[i++];
		this.otherStation = (Venue) built[i++];
		this.leadDeputy = (Deputy) built[i++];
		this.coSigner = (Deputy) built[i++];
		this.leadUnit = (HandlingUnit) built[i++];
		this.assistingUnit = (HandlingUnit) built[i++];
		this.spareUnit = (HandlingUnit) built[i++];
		this.otherCounty = (County) built[i++];
		this.otherCountyStation = (Venue) built[i++];
		this.otherCountyDeputy = (Deputy) built[i++];
		this.otherCountyUnit = (HandlingUnit) built[i++];
		this.staff = (CurrentUser) built[i++];
		this.office = (CurrentUser) built[i++];
		this.admin = (CurrentUser) built[i++];
		this.deputy = (CurrentUser) built[i++];
		this.coSignerDeputy = (CurrentUser) built[i++];
		this.otherStationDeputy = (CurrentUser) built[i++];
		this.leadUnitUser = (CurrentUser) built[i++];
		this.assistingUnitUser = (CurrentUser) built[i++];
		this.spareUnitUser = (CurrentUser) built[i++];
		this.otherCountyStaff = (CurrentUser) built[i++];
		this.otherCountyUnitUser = (CurrentUser) built[i++];
		this.categoryId = context.getBean(CategoryService.class)
			.tree(true)
			.stream()
			.filter((c) -> c.code().equals("TRAFFIC"))
			.findFirst()
			.orElseThrow()
			.children()
			.get(1)
			.id();
	}

	public static LoopFixture create(ApplicationContext context) {
		return new LoopFixture(context);
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

	public static UUID token() {
		return UUID.randomUUID();
	}

}
