package org.deputyaction.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.notification.internal.PostingReminders;
import org.deputyaction.organization.Venue;
import org.deputyaction.publication.PostingDue;
import org.deputyaction.publication.PostingSchedule;
import org.deputyaction.publication.internal.PlaceQueries;
import org.deputyaction.publication.internal.PostingService;
import org.deputyaction.suggestion.AdminCommands.UpdateLoopSettings;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.suggestion.LoopScenarios;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The posting reminder at its edges: the day before the interval ends, the day it ends,
 * the day after; a venue that posted today; a venue with nothing new; a venue that never
 * posted; an interval of 0. Once per venue and period, to the county's staff and the
 * venue's deputies only, shown in the inbox with a link to the venue's posting page.
 */
@IntegrationTest
class PostingDueTests {

	/** A day no other test posts on, in a year no other test's clock uses. */
	static final LocalDate POSTED = LocalDate.of(2033, 3, 15);

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	PostingSchedule schedule;

	@Autowired
	PostingReminders reminders;

	@Autowired
	LoopSettingsService settings;

	@Autowired
	AssignmentService assignments;

	@Autowired
	PlaceQueries places;

	@Autowired
	PostingService postings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	LoopFixture f;

	int intervalBefore;

	@BeforeEach
	void fixture() {
		this.f = LoopFixture.create(this.context);
		this.intervalBefore = this.settings.current().getPostingIntervalMonths();
		interval(1);
	}

	@AfterEach
	void restore() {
		this.clock.reset();
		interval(this.intervalBefore);
	}

	@Test
	void aPostingFallsDueOnTheDayItsIntervalEndsAndStaysDueAfterIt() {
		postedWithANewItemAfterwards();

		assertThat(due(POSTED.plusMonths(1).minusDays(1), 1)).isEmpty();
		PostingDue due = due(POSTED.plusMonths(1), 1).orElseThrow();
		assertThat(due.lastNumber()).isEqualTo(1);
		assertThat(due.lastPostedOn()).isEqualTo(POSTED);
		assertThat(due.periodStart()).isEqualTo(LocalDate.of(2033, 4, 15));
		assertThat(due.publicPath()).isEqualTo("/public/stations/" + this.f.station.getCode());
		assertThat(due(POSTED.plusMonths(1).plusDays(1), 1)).map(PostingDue::periodStart)
			.contains(LocalDate.of(2033, 4, 15));

		assertThat(due(LocalDate.of(2033, 6, 14), 3)).isEmpty();
		assertThat(due(LocalDate.of(2033, 6, 15), 3)).map(PostingDue::periodStart).contains(LocalDate.of(2033, 6, 15));
	}

	@Test
	void aPostingOnTheLastDayOfAMonthFallsDueOnTheLastDayOfAShorterMonth() {
		propose(LocalDate.of(2033, 1, 20));
		publish(this.f.station, LocalDate.of(2033, 1, 31));
		propose(LocalDate.of(2033, 2, 1));

		assertThat(due(LocalDate.of(2033, 2, 27), 1)).isEmpty();
		assertThat(due(LocalDate.of(2033, 2, 28), 1)).map(PostingDue::periodStart).contains(LocalDate.of(2033, 2, 28));
		assertThat(due(LocalDate.of(2033, 3, 31), 1)).map(PostingDue::periodStart).contains(LocalDate.of(2033, 3, 31));
	}

	@Test
	void aVenueThatPostedTodayIsNotDueThoughItsItemOfTodayCountsForTheNextPeriod() {
		propose(POSTED);
		publish(this.f.station, POSTED);

		assertThat(due(POSTED, 1)).isEmpty();
		assertThat(due(POSTED.plusMonths(1), 1)).isPresent();
	}

	@Test
	void aVenueWithNothingNewSinceItsLastPostingIsNotDueUntilOneOfItsItemsMoves() {
		SuggestionDetail item = propose(LocalDate.of(2033, 3, 10));
		publish(this.f.station, POSTED);
		assertThat(due(LocalDate.of(2033, 6, 1), 1)).isEmpty();

		this.clock.setToday(LocalDate.of(2033, 6, 1));
		this.assignments.assign(
				new AssignSuggestion(item.id(), item.version(), this.f.leadUnit.getId(), List.of(), null, null),
				this.f.staff);
		assertThat(due(LocalDate.of(2033, 6, 1), 1)).map(PostingDue::periodStart).contains(LocalDate.of(2033, 5, 15));
	}

	@Test
	void aVenueThatNeverPostedIsDueInCalendarPeriodsOnceItHasPublicItems() {
		assertThat(due(POSTED, 1)).isEmpty();
		SuggestionDetail item = propose(LocalDate.of(2033, 3, 10));
		this.jdbc.update("update suggestion set public_visible = false where id = ?", item.id());
		assertThat(due(POSTED, 1)).isEmpty();

		this.jdbc.update("update suggestion set public_visible = true where id = ?", item.id());
		PostingDue due = due(POSTED, 1).orElseThrow();
		assertThat(due.neverPosted()).isTrue();
		assertThat(due.lastNumber()).isNull();
		assertThat(due.periodStart()).isEqualTo(LocalDate.of(2033, 3, 1));
		assertThat(due(POSTED, 3)).map(PostingDue::periodStart).contains(LocalDate.of(2033, 1, 1));
		assertThat(this.schedule.due(POSTED, 1)).noneMatch((d) -> d.venueId().equals(this.f.otherStation.getId()));
	}

	@Test
	void anIntervalOfNoughtRemindsNobody() {
		postedWithANewItemAfterwards();
		interval(0);
		this.clock.setToday(POSTED.plusMonths(2));

		assertThat(this.schedule.due(POSTED.plusMonths(2), 0)).isEmpty();
		assertThat(this.schedule.dueToday()).isEmpty();
		PostingReminders.Result result = this.reminders.run();
		assertThat(result.venuesDue()).isZero();
		assertThat(messages(this.f.staff)).isZero();
		assertThat(messages(this.f.deputy)).isZero();
	}

	@Test
	void theReminderReachesTheCountysStaffAndTheVenuesDeputiesOncePerPeriod() {
		postedWithANewItemAfterwards();

		this.clock.setToday(POSTED.plusMonths(1).minusDays(1));
		this.reminders.run();
		assertThat(messages(this.f.staff)).isZero();

		this.clock.setToday(POSTED.plusMonths(1));
		PostingReminders.Result first = this.reminders.run();
		PostingReminders.Result second = this.reminders.run();
		assertThat(first.venuesReminded()).isPositive();
		assertThat(first.messages()).isGreaterThanOrEqualTo(2);
		assertThat(second.venuesReminded()).isZero();
		assertThat(second.messages()).isZero();
		assertThat(messages(this.f.staff)).isEqualTo(1);
		assertThat(messages(this.f.deputy)).isEqualTo(1);
		assertThat(messages(this.f.otherStationDeputy)).isZero();
		assertThat(messages(this.f.coSignerDeputy)).isZero();
		assertThat(messages(this.f.otherCountyStaff)).isZero();
		assertThat(messages(this.f.office)).isZero();
		assertThat(messages(this.f.leadUnitUser)).isZero();

		this.clock.setToday(POSTED.plusMonths(1).plusDays(1));
		this.reminders.run();
		assertThat(messages(this.f.staff)).isEqualTo(1);

		this.clock.setToday(POSTED.plusMonths(2));
		this.reminders.run();
		assertThat(messages(this.f.staff)).isEqualTo(2);
		assertThat(messages(this.f.deputy)).isEqualTo(2);

		publish(this.f.station, POSTED.plusMonths(2).plusDays(3));
		this.clock.setToday(POSTED.plusMonths(3));
		this.reminders.run();
		assertThat(messages(this.f.staff)).isEqualTo(2);
	}

	@Test
	void theInboxShowsTheReminderInBothLanguagesAndOpensTheVenuesPostingPage() throws Exception {
		postedWithANewItemAfterwards();
		this.clock.setToday(POSTED.plusMonths(1));
		this.reminders.run();
		String code = this.f.station.getCode();

		this.mvc.perform(get("/inbox").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公示提醒：甲站（" + code + "）的三张清单自 2033-04-15 起应予公示")))
			.andExpect(content().string(containsString("data-kind=\"POSTING_DUE\"")));
		this.mvc.perform(get("/inbox?lang=en").with(user(this.f.deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Posting due: the three lists of 甲站 (" + code + ") are due for posting since 2033-04-15")));

		this.mvc.perform(post("/inbox/{id}/open", messageId(this.f.staff)).with(user(this.f.staff)).with(csrf()))
			.andExpect(redirectedUrl("/public/stations/" + code + "#publish-posting"));
		this.mvc.perform(post("/inbox/{id}/open", messageId(this.f.deputy)).with(user(this.f.deputy)).with(csrf()))
			.andExpect(redirectedUrl("/public/stations/" + code));
		this.mvc.perform(get("/public/stations/" + code).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publish-posting\"")));
	}

	/** Item proposed before the posting of {@link #POSTED}, another one after it. */
	private void postedWithANewItemAfterwards() {
		propose(POSTED.minusDays(5));
		publish(this.f.station, POSTED);
		propose(POSTED.plusDays(5));
	}

	private SuggestionDetail propose(LocalDate day) {
		this.clock.setToday(day);
		return LoopScenarios.proposed(this.context, this.f);
	}

	private void publish(Venue venue, LocalDate day) {
		this.clock.setToday(day);
		this.postings.publish(this.places.venue(venue.getId()).orElseThrow(), this.f.staff);
	}

	private Optional<PostingDue> due(LocalDate today, int months) {
		return this.schedule.due(today, months)
			.stream()
			.filter((d) -> d.venueId().equals(this.f.station.getId()))
			.findFirst();
	}

	private void interval(int months) {
		LoopSettings current = this.settings.current();
		this.settings.update(new UpdateLoopSettings(current.getVersion(), current.rules(),
				current.getMaxAttachmentBytes(), current.getAllowedAttachmentTypes(), months), this.f.admin);
	}

	private int messages(CurrentUser user) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where recipient_user_id = ? and kind = 'POSTING_DUE'"
						+ " and dedupe_key like ?",
				Integer.class, user.id(), "POSTING_DUE:" + this.f.station.getId() + ":%");
		return (count != null) ? count : 0;
	}

	private Long messageId(CurrentUser user) {
		return this.jdbc.queryForObject(
				"select id from notification where recipient_user_id = ? and kind = 'POSTING_DUE' and dedupe_key like ?",
				Long.class, user.id(), "POSTING_DUE:" + this.f.station.getId() + ":%");
	}

}
