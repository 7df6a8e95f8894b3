package org.deputyaction.publication;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The periods of the posting reminders: counted from the last posting in steps of the
 * interval, months added as the database adds them, calendar periods for venues that
 * never posted.
 */
class PostingSchedulePeriodTests {

	@Test
	void aPeriodStartsOnTheDayThePostingFellDueAndLastsTheInterval() {
		LocalDate posted = LocalDate.of(2033, 3, 15);
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 4, 14))).isEqualTo(posted);
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 4, 15)))
			.isEqualTo(LocalDate.of(2033, 4, 15));
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 5, 14)))
			.isEqualTo(LocalDate.of(2033, 4, 15));
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 5, 15)))
			.isEqualTo(LocalDate.of(2033, 5, 15));
		assertThat(PostingSchedule.periodStart(posted, 3, LocalDate.of(2033, 9, 14)))
			.isEqualTo(LocalDate.of(2033, 6, 15));
		assertThat(PostingSchedule.periodStart(posted, 12, LocalDate.of(2035, 3, 15)))
			.isEqualTo(LocalDate.of(2035, 3, 15));
	}

	@Test
	void aPostingOnTheThirtyFirstFallsDueOnTheLastDayOfShorterMonths() {
		LocalDate posted = LocalDate.of(2033, 1, 31);
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 2, 27))).isEqualTo(posted);
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 2, 28)))
			.isEqualTo(LocalDate.of(2033, 2, 28));
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 3, 30)))
			.isEqualTo(LocalDate.of(2033, 2, 28));
		assertThat(PostingSchedule.periodStart(posted, 1, LocalDate.of(2033, 3, 31)))
			.isEqualTo(LocalDate.of(2033, 3, 31));
	}

	@Test
	void venuesThatNeverPostedCountCalendarPeriods() {
		LocalDate anchor = PostingSchedule.NEVER_POSTED_ANCHOR;
		assertThat(PostingSchedule.periodStart(anchor, 1, LocalDate.of(2033, 3, 15)))
			.isEqualTo(LocalDate.of(2033, 3, 1));
		assertThat(PostingSchedule.periodStart(anchor, 3, LocalDate.of(2033, 3, 31)))
			.isEqualTo(LocalDate.of(2033, 1, 1));
		assertThat(PostingSchedule.periodStart(anchor, 3, LocalDate.of(2033, 4, 1)))
			.isEqualTo(LocalDate.of(2033, 4, 1));
		assertThat(PostingSchedule.periodStart(anchor, 12, LocalDate.of(2033, 12, 31)))
			.isEqualTo(LocalDate.of(2033, 1, 1));
	}

}
