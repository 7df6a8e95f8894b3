package org.deputyaction.demo;

import java.time.Clock;
import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.suggestion.QueueCounts;
import org.deputyaction.suggestion.WorkQueue;
import org.deputyaction.suggestion.WorkQueueService;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoLoopItemsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	WorkQueueService queues;

	private LoopDataInvariants demo() {
		return new LoopDataInvariants(this.jdbc, "ES");
	}

	@Test
	void aboutSixHundredItemsInEveryStateAtStationsOfEveryCounty() {
		long items = count("select (select count(*) from problem p join county c on c.id = p.county_id"
				+ " join prefecture f on f.id = c.prefecture_id where f.code = 'ES' and p.suggestion_id is null)"
				+ " + (select count(*) from suggestion s join county c on c.id = s.county_id"
				+ " join prefecture f on f.id = c.prefecture_id where f.code = 'ES')");
		assertThat(items).isBetween(300L, 900L);
		demo().everyStateIsPresent();
		demo().everyCountyHasItems();
	}

	@Test
	void timelinesAreOrderedAndConsistentWithTheItemsStates() {
		demo().timelinesAreOrderedAndEndInTheItemsState(this.clock.instant());
	}

	@Test
	void numbersAreUniqueAndInTheCountysFormat() {
		demo().numbersAreUniqueAndInTheCountysFormat();
	}

	@Test
	void statusesAgreeWithAssignmentsRoundsRepliesAndRatings() {
		demo().statusesAgreeWithAssignmentsRoundsRepliesAndRatings();
	}

	@Test
	void theSeedArticlesExamplesAreAtTheirPlaces() {
		List<String> titles = this.jdbc.queryForList("select s.title || '@' || v.code from suggestion s"
				+ " join venue v on v.id = s.venue_id where s.title like '%电梯%' or s.title like '%丑橘%'"
				+ " or s.title like '%黄土坡%' or s.title like '%救生设备%' or s.title like '%菜园%'"
				+ " or s.title like '%围挡%' or s.title like '%用工%'", String.class);
		assertThat(titles).contains("关于乡卫生院综合楼安装电梯的建议@ES-ES-TYH-01", "关于解决建南镇丑橘滞销问题的建议@ES-LC-JN-01",
				"关于解决黄土坡社区6组出行老大难问题的建议@ES-BD-XL-01", "关于在河流重点区域配备救生设备的建议@ES-XF-GLS-01",
				"关于规范菜园出租、建设共享菜园的建议@ES-XE-ZS-01", "关于拆除公园闲置围挡、建设口袋公园的建议@ES-XE-ZS-01", "关于搭建村企用工对接平台的建议@ES-JS-LP-02");
	}

	@Test
	void votersContactsArePlausibleButClearlyFake() {
		assertThat(count("select count(*) from problem p join county c on c.id = p.county_id"
				+ " join prefecture f on f.id = c.prefecture_id where f.code = 'ES' and p.contact_phone is not null"))
			.isPositive();
		assertThat(count("select count(*) from problem p join county c on c.id = p.county_id"
				+ " join prefecture f on f.id = c.prefecture_id where f.code = 'ES' and p.contact_phone is not null"
				+ " and p.found_on < current_date"
				+ " and (p.contact_phone !~ '^1380013[0-9]{4}$' or p.contact_name !~ '^.某.$')"))
			.isZero();
	}

	@Test
	@Transactional
	void theDemoDeputyHasARatingToGiveAndItemsInSeveralStates() {
		CurrentUser deputy = CurrentUsers.of(this.accounts.findByUsernameIgnoreCase("deputy").orElseThrow());
		assertThat(count("select count(*) from problem where status = 'FOUND' and venue_id = ?", deputy.venueId()))
			.isPositive();
		assertThat(count("select count(distinct status) from suggestion where venue_id = ?", deputy.venueId()))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from suggestion where status = 'FED_BACK' and lead_deputy_id = ?",
				deputy.deputyId()))
			.isPositive();
	}

	@Test
	@Transactional
	void theDemoUnitHasAssignmentsToSignForRepliesToWriteAndAViewToGive() {
		CurrentUser unit = CurrentUsers.of(this.accounts.findByUsernameIgnoreCase("unit").orElseThrow());
		QueueCounts counts = this.queues.counts(unit);
		assertThat(counts.of(WorkQueue.TO_SIGN_FOR)).isPositive();
		assertThat(counts.of(WorkQueue.TO_REPLY)).isPositive();
		assertThat(counts.of(WorkQueue.DUE_SOON)).isPositive();
		assertThat(counts.of(WorkQueue.VIEWS_TO_GIVE)).isPositive();
		assertThat(count("select count(distinct s.status) from suggestion s where s.lead_unit_id = ?", unit.unitId()))
			.isGreaterThanOrEqualTo(4);
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

}
