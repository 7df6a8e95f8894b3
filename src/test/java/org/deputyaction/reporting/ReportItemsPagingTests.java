package org.deputyaction.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.deputyaction.support.IntegrationTest;
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
 * The items behind a figure page from a cursor (next and previous), giving exactly the
 * pages that counting from the start gives, at a cost in statements that does not grow
 * with the depth.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class ReportItemsPagingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportService reports;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	MutableClock clock;

	ReportFixture f;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@BeforeEach
	void createItems() {
		this.f = new ReportFixture(this.context);
		try {
			for (int i = 0; i < 8; i++) {
				// two on the same day, so that the id breaks the tie
				this.f.propose(this.f.deputy, LocalDate.of(2025, 3, 1 + i / 2));
			}
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void cursorPagesEqualOffsetPagesBothWays() {
		ReportRequest request = ReportRequest.of(ReportPeriod.year(2025)).inCounty(this.f.county.getId());
		List<List<Long>> byOffset = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			byOffset.add(ids(this.reports.items(request, ReportBucket.PROPOSED, page, 3, this.f.office)));
		}
		assertThat(byOffset.get(2)).hasSize(2);
		ReportItems first = this.reports.items(request, ReportBucket.PROPOSED, 0, 3, this.f.office);
		ReportItems second = this.reports.items(request, ReportBucket.PROPOSED, 1, 3, first.nextCursor(), false,
				this.f.office);
		ReportItems third = this.reports.items(request, ReportBucket.PROPOSED, 2, 3, second.nextCursor(), false,
				this.f.office);
		assertThat(ids(second)).isEqualTo(byOffset.get(1));
		assertThat(ids(third)).isEqualTo(byOffset.get(2));
		assertThat(third.total()).isEqualTo(8);
		assertThat(third.hasNext()).isFalse();
		ReportItems back = this.reports.items(request, ReportBucket.PROPOSED, 1, 3, third.previousCursor(), true,
				this.f.office);
		assertThat(ids(back)).isEqualTo(byOffset.get(1));
		assertThat(back.total()).isEqualTo(8);
	}

	@Test
	void aMalformedCursorReadsFromTheStart() {
		ReportRequest request = ReportRequest.of(ReportPeriod.year(2025)).inCounty(this.f.county.getId());
		assertThat(ids(this.reports.items(request, ReportBucket.PROPOSED, 0, 3, "yesterday_x", false, this.f.office)))
			.isEqualTo(ids(this.reports.items(request, ReportBucket.PROPOSED, 0, 3, this.f.office)));
	}

	@Test
	void pageFromACursorCostsAFixedNumberOfStatements() throws Exception {
		String path = "/reports/items?year=2025&county=" + this.f.county.getId() + "&bucket=PROPOSED&page=1";
		ReportRequest request = ReportRequest.of(ReportPeriod.year(2025)).inCounty(this.f.county.getId());
		ReportItems first = this.reports.items(request, ReportBucket.PROPOSED, 0, 1, this.f.office);
		ReportItems third = this.reports.items(request, ReportBucket.PROPOSED, 0, 5, this.f.office);
		String near = first.nextCursor();
		String far = third.nextCursor();
		this.mvc.perform(get(path + "&after=" + near).with(user(this.f.office))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get(path + "&after=" + near).with(user(this.f.office))).andExpect(status().isOk());
		long nearCount = this.statements.count();
		this.statements.reset();
		this.mvc.perform(get(path + "&after=" + far).with(user(this.f.office))).andExpect(status().isOk());
		assertThat(this.statements.count()).isEqualTo(nearCount).isLessThanOrEqualTo(12);
	}

	private static List<Long> ids(ReportItems items) {
		return items.items().stream().map(ReportItem::id).toList();
	}

}
