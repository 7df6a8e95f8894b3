package org.deputyaction.reporting;

import java.time.LocalDate;

import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.KeptPages;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's content is rendered once for every reader of the same table and form,
 * shows each reader's own form values, and is rendered afresh after any change of the
 * loop; a refused period is shown back to its reader only.
 */
@IntegrationTest
@CachesOn
@Import(OrganizationFixture.class)
class ReportPageCacheTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	SqlStatementCounter statements;

	ReportFixture f;

	@BeforeEach
	void setUp() {
		this.f = new ReportFixture(this.context);
	}

	@AfterEach
	void tearDown() {
		this.clock.reset();
	}

	@Test
	void theContentIsRenderedOnceForTheSameTableAndAfreshAfterAChange() throws Exception {
		String address = "/reports?period=YEAR&year=2025&county=" + this.f.county.getId();
		String first = KeptPages.read(this.mvc, address, this.f.office);
		assertThat(proposedCard(first)).isEqualTo("0");
		assertThat(first).contains("data-testid=\"report-table\"").doesNotContain("th:utext");

		this.statements.reset();
		this.statements.record();
		KeptPages.read(this.mvc, address, this.f.office);
		assertThat(KeptPages.pageStatements(this.statements)).as("a kept dashboard reads nothing more").isEmpty();
		assertThat(KeptPages.main(KeptPages.read(this.mvc, address, this.f.staff))).isEqualTo(KeptPages.main(first));

		this.f.propose(this.f.deputy, LocalDate.of(2025, 6, 1));
		this.clock.reset();
		assertThat(proposedCard(KeptPages.read(this.mvc, address, this.f.office))).isEqualTo("1");
	}

	@Test
	void eachReaderSeesTheirOwnFormValuesAndOnlyTheirScope() throws Exception {
		String county = "&county=" + this.f.county.getId();
		KeptPages.read(this.mvc, "/reports?period=YEAR&year=2025" + county, this.f.office);
		String third = KeptPages.read(this.mvc, "/reports?period=YEAR&year=2025&quarter=3" + county, this.f.office);
		assertThat(third).contains("<option value=\"3\" selected=\"selected\">");

		KeptPages.read(this.mvc, "/reports?period=YEAR&year=2025&venue=" + this.f.otherStation.getId(), this.f.office);
		this.mvc
			.perform(get("/reports?period=YEAR&year=2025&venue=" + this.f.otherStation.getId())
				.with(user(this.f.stationDeputy)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRefusedPeriodIsShownBackToItsReaderOnly() throws Exception {
		String refused = this.mvc
			.perform(get("/reports?period=CUSTOM&from=2025-05-01&to=2025-04-01").with(user(this.f.office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("data-testid=\"period-error\"");
		String fallback = KeptPages.read(this.mvc, "/reports", this.f.office);
		assertThat(fallback).doesNotContain("data-testid=\"period-error\"");
	}

	private static String proposedCard(String page) {
		String card = page.substring(page.indexOf("data-testid=\"card-proposed\""));
		card = card.substring(card.indexOf("stat-value\">") + "stat-value\">".length());
		return card.substring(0, card.indexOf('<'));
	}

}
