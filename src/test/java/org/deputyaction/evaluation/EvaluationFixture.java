package org.deputyaction.evaluation;

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
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionCommands.ChangePublication;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.OrganizationFixture;

import org.springframework.context.ApplicationContext;

/**
 * A county of its own with a station, a deputy, a unit, its staff, the prefecture office
 * and staff of another county, and suggestions moved round the loop through the services.
 */
final class EvaluationFixture {

	final County county;

	final Venue station;

	final Deputy deputy;

	final HandlingUnit unit;

	final CurrentUser staff;

	final CurrentUser office;

	final CurrentUser otherStaff;

	final CurrentUser deputyUser;

	private final Long category;

	private final ApplicationContext context;

	EvaluationFixture(ApplicationContext context) {
		this.context = context;
		OrganizationFixture org = context.getBean(OrganizationFixture.class);
		this.county = org.county("测评县");
		Township township = org.township(this.county, "测评镇");
		this.station = org.venue(township, VenueKind.LIAISON_STATION, "测评站");
		this.deputy = org.deputy(this.station, "赵代表");
		this.unit = org.unit(this.county, "测评县交通运输局", AdministrativeLevel.COUNTY);
		County other = org.county("邻县");
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		this.staff = account(accounts, Role.COUNTY_STAFF, this.county.getId(), null, null);
		this.office = account(accounts, Role.PREFECTURE_OFFICE, null, null, null);
		this.otherStaff = account(accounts, Role.COUNTY_STAFF, other.getId(), null, null);
		this.deputyUser = account(accounts, Role.DEPUTY, this.county.getId(), this.station.getId(),
				this.deputy.getId());
		this.category = context.getBean(CategoryService.class).tree(true).get(0).children().get(0).id();
	}

	private static CurrentUser account(UserAccountRepository accounts, Role role, Long countyId, Long venueId,
			Long deputyId) {
		String name = OrganizationFixture.code("ev").toLowerCase();
		UserAccount account = new UserAccount(name, "{noop}x", name, role);
		account.setCountyId(countyId);
		account.setVenueId(venueId);
		account.setDeputyId(deputyId);
		return CurrentUsers.of(accounts.save(account));
	}

	SuggestionDetail proposed(String title) {
		return this.context.getBean(SuggestionService.class)
			.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(), this.station.getId(), title, "建议尽快修复。",
					this.category, AdministrativeLevel.COUNTY, "第十届", this.deputy.getId(), List.of(), true, List.of()),
					this.staff);
	}

	SuggestionDetail assigned(String title) {
		SuggestionDetail s = proposed(title);
		return this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(s.id(), s.version(), this.unit.getId(), List.of(), null, null), this.staff);
	}

	/** A suggestion with a reply (fed back). */
	SuggestionDetail replied(String title) {
		SuggestionDetail s = assigned(title);
		return this.context.getBean(org.deputyaction.suggestion.ReplyService.class)
			.reply(new RecordReply(s.id(), s.version(), ResultClass.A, "已修复路面并增设护栏", "答复全文", null, List.of()),
					this.staff);
	}

	SuggestionDetail closed(String title) {
		SuggestionDetail s = replied(title);
		return this.context.getBean(FeedbackService.class)
			.rate(new RateReply(s.id(), s.version(), Satisfaction.SATISFIED, Satisfaction.SATISFIED, null, null),
					this.staff);
	}

	SuggestionDetail unpublished(SuggestionDetail s) {
		return this.context.getBean(SuggestionService.class)
			.changePublication(new ChangePublication(s.id(), s.version(), false), this.staff);
	}

}
