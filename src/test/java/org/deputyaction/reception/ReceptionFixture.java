package org.deputyaction.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.reception.ReceptionCommands.Schedule;
import org.deputyaction.reception.ReceptionCommands.ScheduleSession;
import org.deputyaction.support.OrganizationFixture;

import org.springframework.context.ApplicationContext;

/**
 * Two counties with unique codes: a station with three deputies (one of them with a phone
 * number that must never be published), a second station, and one account per role that
 * the reception pages serve.
 */
final class ReceptionFixture {

	static final String PRIVATE_PHONE = "13900001111";

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	final County county;

	final County otherCounty;

	final Venue station;

	final Venue otherStation;

	final Venue otherCountyStation;

	final Deputy lead;

	final Deputy second;

	final Deputy third;

	final Deputy otherStationDeputy;

	final HandlingUnit unit;

	final CurrentUser staff;

	final CurrentUser office;

	final CurrentUser admin;

	final CurrentUser deputy;

	final CurrentUser secondDeputy;

	final CurrentUser otherStationDeputyUser;

	final CurrentUser otherCountyStaff;

	private final ApplicationContext context;

	ReceptionFixture(ApplicationContext context, OrganizationFixture organization) {
		this.context = context;
		this.county = organization.county("接待县" + this.tag);
		this.otherCounty = organization.county("邻县" + this.tag);
		Township township = organization.township(this.county, "接待镇");
		this.station = organization.venue(township, VenueKind.LIAISON_STATION, "接待联络站" + this.tag);
		this.otherStation = organization.venue(township, VenueKind.LIAISON_STATION, "二号联络站" + this.tag);
		this.otherCountyStation = organization.venue(organization.township(this.otherCounty, "邻镇"),
				VenueKind.LIAISON_STATION, "邻县联络站" + this.tag);
		DeputyRepository deputies = context.getBean(DeputyRepository.class);
		this.lead = organization.deputy(this.station, "向履职" + this.tag);
		this.lead.setPhone(PRIVATE_PHONE);
		deputies.saveAndFlush(this.lead);
		this.second = organization.deputy(this.station, "田值班" + this.tag);
		this.third = organization.deputy(this.station, "冉代表" + this.tag);
		this.otherStationDeputy = organization.deputy(this.otherStation, "覃别站" + this.tag);
		this.unit = organization.unit(this.county, "接待县住建局" + this.tag, AdministrativeLevel.COUNTY);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		this.staff = account(accounts, "staff", Role.COUNTY_STAFF, this.county, null, null);
		this.office = account(accounts, "office", Role.PREFECTURE_OFFICE, null, null, null);
		this.admin = account(accounts, "admin", Role.ADMIN, null, null, null);
		this.deputy = account(accounts, "deputy", Role.DEPUTY, this.county, this.station, this.lead);
		this.secondDeputy = account(accounts, "second", Role.DEPUTY, this.county, this.station, this.second);
		this.otherStationDeputyUser = account(accounts, "otherdep", Role.DEPUTY, this.county, this.otherStation,
				this.otherStationDeputy);
		this.otherCountyStaff = account(accounts, "otherstaff", Role.COUNTY_STAFF, this.otherCounty, null, null);
	}

	/**
	 * Schedules a reception day at the station with the lead and second deputy on duty.
	 */
	Long schedule(LocalDate heldOn) {
		return schedule(SessionKind.RECEPTION_DAY, heldOn, null, Set.of(this.lead.getId(), this.second.getId()));
	}

	Long schedule(SessionKind kind, LocalDate heldOn, String theme, Set<Long> onDuty) {
		return service().schedule(new ScheduleSession(this.station.getId(), plan(kind, heldOn, theme, onDuty)),
				this.staff);
	}

	static Schedule plan(SessionKind kind, LocalDate heldOn, String theme, Set<Long> onDuty) {
		return new Schedule(kind, heldOn, LocalTime.of(9, 0), LocalTime.of(11, 30), "村委会二楼会议室", theme, onDuty);
	}

	ReceptionService service() {
		return this.context.getBean(ReceptionService.class);
	}

	private CurrentUser account(UserAccountRepository accounts, String name, Role role, County county, Venue venue,
			Deputy deputy) {
		UserAccount account = new UserAccount((name + this.tag).toLowerCase(), "{noop}x", name + this.tag, role);
		account.setCountyId((county != null) ? county.getId() : null);
		account.setVenueId((venue != null) ? venue.getId() : null);
		account.setDeputyId((deputy != null) ? deputy.getId() : null);
		return CurrentUsers.of(accounts.save(account));
	}

}
