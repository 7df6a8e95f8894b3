package org.deputyaction.reporting;

import java.time.LocalDate;

import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report table is computed once for every reader of the same scope, period and day,
 * checked for each reader's scope first, and computed afresh after any change of the
 * loop.
 */
@IntegrationTest
@CachesOn
@Import(OrganizationFixture.class)
class ReportTableCacheTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportService reports;

	@Autowired
	MutableClock clock;

	ReportFixture f;

	ReportRequest request;

	@BeforeEach
	void setUp() {
		this.f = new ReportFixture(this.context);
		this.request = ReportRequest.of(ReportPeriod.year(2025)).inCounty(this.f.county.getId());
	}

	@AfterEach
	void tearDown() {
		this.clock.reset();
	}

	@Test
	void theSameTableIsGivenAgainUntilTheLoopChanges() {
		ReportTable first = this.reports.table(this.request, this.f.office);
		assertThat(this.reports.table(this.request, this.f.staff)).isSameAs(first);
		assertThat(first.total().measures().proposed()).isZero();

		this.f.propose(this.f.deputy, LocalDate.of(2025, 6, 1));
		this.clock.reset();

		ReportTable after = this.reports.table(this.request, this.f.office);
		assertThat(after).isNotSameAs(first);
		assertThat(after.total().measures().proposed()).isEqualTo(1);
	}

	@Test
	void eachReaderIsCheckedForTheirScopeBeforeAKeptTableIsGiven() {
		ReportRequest otherStation = ReportRequest.of(ReportPeriod.year(2025)).inVenue(this.f.otherStation.getId());
		ReportTable county = this.reports.table(this.request, this.f.office);
		this.reports.table(otherStation, this.f.office);
		assertThatThrownBy(() -> this.reports.table(otherStation, this.f.stationDeputy))
			.isInstanceOf(NotFoundException.class);
		ReportTable station = this.reports.table(ReportRequest.of(ReportPeriod.year(2025)), this.f.stationDeputy);
		assertThat(station).isNotSameAs(county);
		assertThat(station.scope().venueId()).isEqualTo(this.f.station.getId());
	}

}
