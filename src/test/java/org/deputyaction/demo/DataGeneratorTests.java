package org.deputyaction.demo;

import java.time.Clock;

import org.deputyaction.demo.generator.DataGenerator;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data generator at a small size, into a prefecture of its own in the shared test
 * database: the same invariants as the demo items.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorTests {

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private DataGenerator.Result result;

	private LoopDataInvariants generated;

	@BeforeAll
	void generate() {
		this.result = this.generator.generate(2_000, 1, 1);
		this.generated = new LoopDataInvariants(this.jdbc, this.result.prefectureCodes().get(0));
	}

	@Test
	void aPrefectureShapedLikeEnshiIsCreated() {
		String code = this.result.prefectureCodes().get(0);
		assertThat(count("select count(*) from county c join prefecture p on p.id = c.prefecture_id where p.code = ?",
				code))
			.isEqualTo(8);
		assertThat(count("select count(*) from venue v join county c on c.id = v.county_id"
				+ " join prefecture p on p.id = c.prefecture_id where p.code = ? and v.kind = 'LIAISON_STATION'", code))
			.isEqualTo(495);
		assertThat(count("select count(*) from deputy d join county c on c.id = d.county_id"
				+ " join prefecture p on p.id = c.prefecture_id where p.code = ?", code))
			.isEqualTo(2212);
		assertThat(count("select count(*) from handling_unit where code like ?", code + "-U-%")).isEqualTo(184);
		assertThat(count("select count(*) from venue s join venue h on h.id = s.home_id"
				+ " where s.code like ? and h.township_id <> s.township_id", code + "-%"))
			.isZero();
	}

	@Test
	void aboutTheItemsAskedForAreWrittenInEveryStateInEveryCounty() {
		assertThat(this.result.items()).isBetween(2_000L, 2_010L);
		this.generated.everyStateIsPresent();
		this.generated.everyCountyHasItems();
	}

	@Test
	void timelinesAreOrderedAndConsistentWithTheItemsStates() {
		this.generated.timelinesAreOrderedAndEndInTheItemsState(this.clock.instant());
	}

	@Test
	void numbersAreUniqueAndInTheCountysFormat() {
		this.generated.numbersAreUniqueAndInTheCountysFormat();
	}

	@Test
	void statusesAgreeWithAssignmentsRoundsRepliesAndRatings() {
		this.generated.statusesAgreeWithAssignmentsRoundsRepliesAndRatings();
	}

	@Test
	void identitiesMovePastTheGeneratedIds() {
		for (String table : new String[] { "suggestion", "problem", "timeline_entry", "deputy", "venue" }) {
			Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
			Long last = this.jdbc.queryForObject(
					"select last_value from " + this.jdbc
						.queryForObject("select pg_get_serial_sequence('" + table + "', 'id')", String.class),
					Long.class);
			assertThat(last).as(table).isGreaterThanOrEqualTo(max);
		}
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

}
