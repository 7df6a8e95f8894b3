package org.deputyaction.suggestion.register;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.deputyaction.reporting.Measures;
import org.deputyaction.reporting.ReportPeriod;
import org.deputyaction.reporting.ReportRequest;
import org.deputyaction.reporting.ReportService;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register of 10,000 lines (the known answer 500 times over) goes in whole, and the
 * rates stay exactly those of the 20 lines. The time it takes is logged for
 * docs/import.md.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class RegisterVolumeTests {

	private static final Logger log = LoggerFactory.getLogger(RegisterVolumeTests.class);

	@Autowired
	ApplicationContext context;

	@Autowired
	RegisterImportService registers;

	@Autowired
	ReportService reports;

	@Test
	void tenThousandLinesGoInWholeWithTheSameRates() {
		RegisterFixture f = new RegisterFixture(this.context);
		List<String> lines = f.csvText().lines().toList();
		StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
		for (int copy = 0; copy < 500; copy++) {
			String prefix = "B" + copy + "-";
			for (String line : lines.subList(1, lines.size())) {
				csv.append(prefix)
					.append(line.replace(",R17,", "," + prefix + "R17,").replace(",R01,", "," + prefix + "R01,"))
					.append('\n');
			}
		}
		byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		RegisterReport report = this.registers.importFile("volume.csv", content, f.office);
		long millis = (System.nanoTime() - start) / 1_000_000;
		log.info("Register import of {} lines ({} KB) took {} ms", report.rows(), content.length / 1024, millis);

		assertThat(report.problems()).isEmpty();
		assertThat(report.rows()).isEqualTo(10_000);
		Measures m = this.reports.table(ReportRequest.of(ReportPeriod.year(2025)).inCounty(f.county.getId()), f.office)
			.total()
			.measures();
		assertThat(m.proposed()).isEqualTo(6_500);
		assertThat(m.closed()).isEqualTo(3_500);
		assertThat(m.closureRate().text()).isEqualTo(RegisterFixture.CLOSURE_RATE);
		assertThat(m.onTimeReplyRate().text()).isEqualTo(RegisterFixture.ON_TIME_RATE);
		assertThat(m.solvedRate().text()).isEqualTo(RegisterFixture.SOLVED_RATE);
		assertThat(m.problems().found()).isEqualTo(10_000);
	}

}
