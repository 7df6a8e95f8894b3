package org.deputyaction.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page that lists things costs a bounded number of statements, and every statement
 * it sends can read the large tables through an index: each is explained on the test
 * database with sequential scans switched off, and a plan that still has to read a large
 * table whole (no index serves its filter and order) fails the test.
 */
@IntegrationTest
class ListPagesPlanTests {

	private static final List<String> LARGE_TABLES = List.of("suggestion", "problem", "timeline_entry",
			"unit_assignment", "reply", "rating", "handling_round", "suggestion_measure", "extension_request",
			"supervision_entry", "attachment", "report_month", "report_due");

	private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

	/** The most statements a list page may send (demo data: lists of dozens of rows). */
	private static final int MOST_STATEMENTS = 16;

	/**
	 * The most an item's page may send: one per part of the item (assignments, rounds,
	 * replies, ratings, attachments, problems, timeline ...), whatever their number.
	 */
	private static final int MOST_STATEMENTS_OF_AN_ITEM = 24;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publicListPagesReadTheirTablesThroughIndexes() throws Exception {
		for (String path : List.of("/", "/public/counties/ES-LC", "/public/stations/ES-LC-DT-01",
				"/public/stations/ES-LC-DT-01?list=assignments", "/public/stations/ES-LC-DT-01?list=results")) {
			assertBoundedAndIndexed(path);
		}
	}

	@Test
	@WithUserDetails("office")
	void officeQueuesItemsAndReportsReadTheirTablesThroughIndexes() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/office", "/work", "/reports", "/reports?by=MONTH",
				"/reports/items?bucket=PROPOSED", "/reports/items?bucket=OVERDUE"));
		for (String queue : List.of("TO_ASSIGN", "NEAR_DUE", "OVERDUE", "REPLIES_TO_RECORD", "RATINGS_TO_COLLECT",
				"OBJECTIONS_TO_DECIDE", "EXTENSIONS_TO_DECIDE", "FOLLOW_UP")) {
			paths.add("/work?queue=" + queue);
		}
		Long suggestion = this.jdbc.queryForObject("select max(s.id) from suggestion s join county c"
				+ " on c.id = s.county_id where c.code = 'ES-LC' and exists (select 1 from problem p"
				+ " where p.suggestion_id = s.id)", Long.class);
		Long problem = this.jdbc.queryForObject(
				"select max(p.id) from problem p join county c on c.id = p.county_id where c.code = 'ES-LC'",
				Long.class);
		paths.add("/suggestions/" + suggestion);
		paths.add("/problems/" + problem);
		for (String path : paths) {
			assertBoundedAndIndexed(path);
		}
	}

	@Test
	@WithUserDetails("staff-lichuan")
	void countyQueuesReadTheirTablesThroughIndexes() throws Exception {
		for (String path : List.of("/county", "/work", "/work?queue=OVERDUE", "/reports")) {
			assertBoundedAndIndexed(path);
		}
	}

	@Test
	@WithUserDetails("unit")
	void unitQueuesReadTheirTablesThroughIndexes() throws Exception {
		for (String path : List.of("/unit", "/unit/assignments")) {
			assertBoundedAndIndexed(path);
		}
	}

	@Test
	@WithUserDetails("deputy")
	void deputyPagesReadTheirTablesThroughIndexes() throws Exception {
		for (String path : List.of("/my-station", "/my-station/suggestions", "/my-station/lists")) {
			assertBoundedAndIndexed(path);
		}
	}

	private void assertBoundedAndIndexed(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.statements.reset();
		this.statements.record();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		List<SqlStatementCounter.Statement> sent = this.statements.recorded();
		assertThat(sent).as(path + " recorded").isNotEmpty();
		boolean item = path.startsWith("/suggestions/") || path.startsWith("/problems/");
		assertThat(this.statements.count()).as(path + " statements")
			.isLessThanOrEqualTo(item ? MOST_STATEMENTS_OF_AN_ITEM : MOST_STATEMENTS);
		for (SqlStatementCounter.Statement statement : sent) {
			String sql = statement.sql().strip();
			if (!sql.regionMatches(true, 0, "select", 0, 6) && !sql.regionMatches(true, 0, "with", 0, 4)) {
				continue;
			}
			String plan = explain(sql, statement.parameters());
			Matcher scan = SEQ_SCAN.matcher(plan);
			while (scan.find()) {
				assertThat(LARGE_TABLES).as(path + ": a large table read whole by\n" + sql + "\n" + plan)
					.doesNotContain(scan.group(1));
			}
		}
	}

	private String explain(String sql, List<Object> parameters) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				try (Statement settings = connection.createStatement()) {
					settings.execute("set local enable_seqscan = off");
				}
				StringBuilder plan = new StringBuilder();
				try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
					for (int i = 0; i < parameters.size(); i++) {
						explain.setObject(i + 1, parameters.get(i));
					}
					try (ResultSet rs = explain.executeQuery()) {
						while (rs.next()) {
							plan.append(rs.getString(1)).append('\n');
						}
					}
				}
				return plan.toString();
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

}
