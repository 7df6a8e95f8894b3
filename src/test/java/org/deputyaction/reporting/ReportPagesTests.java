package org.deputyaction.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.TownshipRepository;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.support.SqlStatementCounter;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report pages with the real security: who sees which figures, period validation in
 * the user's language, the items behind a count, exports that read back as the page's
 * table, and a statement count that does not grow with the data.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	CountyRepository counties;

	@Autowired
	TownshipRepository townships;

	@Autowired
	VenueRepository venues;

	ReportFixture f;

	@BeforeAll
	void build() {
		this.f = new ReportFixture(this.context);
		try {
			SuggestionDetail closed = this.f.propose(this.f.deputy, LocalDate.of(2025, 2, 1));
			closed = this.f.assign(closed, this.f.unit, LocalDate.of(2025, 2, 2), LocalDate.of(2025, 5, 2));
			closed = this.f.reply(closed, ResultClass.A, LocalDate.of(2025, 3, 1));
			this.f.rate(closed, Satisfaction.SATISFIED, Satisfaction.SATISFIED, LocalDate.of(2025, 3, 2));
			this.f.propose(this.f.otherDeputy, LocalDate.of(2025, 3, 10));
			SuggestionDetail g = this.f.propose(this.f.groupDeputy, LocalDate.of(2025, 4, 10), this.f.category,
					AdministrativeLevel.TOWNSHIP, List.of());
			this.f.assign(g, this.f.otherUnit, LocalDate.of(2025, 4, 11), LocalDate.of(2025, 5, 1));
		}
		finally {
			this.clock.reset();
		}
	}

	@AfterAll
	void resetClock() {
		this.clock.reset();
	}

	private String year2025() {
		return "period=YEAR&year=2025&county=" + this.f.county.getId();
	}

	@Test
	@WithUserDetails("office")
	void officeSeesEveryCountyOfThePrefectureWithChartsAndTables() throws Exception {
		String html = this.mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("利川市", "恩施市", "鹤峰县", "data-testid=\"bar-chart\"", "data-testid=\"trend-chart\"",
				"aria-describedby=\"barsDesc\"");
		assertThat(rows(html)).hasSize(8);
	}

	@Test
	@WithUserDetails("staff-lichuan")
	void countyStaffSeeTheirCountyAndNoOtherByAnyParameter() throws Exception {
		String html = this.mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("利川市").doesNotContain("data-testid=\"crumb-township\"");
		Long enshi = this.counties.findByCode("ES-ES").orElseThrow().getId();
		Long enshiTownship = this.townships.findByCode("ES-ES-TYH").orElseThrow().getId();
		Long enshiVenue = this.venues.findByCode("ES-ES-TYH-H").orElseThrow().getId();
		for (String query : List.of("county=" + enshi, "township=" + enshiTownship, "venue=" + enshiVenue,
				"county=" + this.f.county.getId(), "township=" + this.f.township.getId(),
				"venue=" + this.f.station.getId(), "group=" + this.f.group.getId(), "county=999999999")) {
			this.mvc.perform(get("/reports?" + query)).andExpect(status().isNotFound());
			this.mvc.perform(get("/reports/items?bucket=PROPOSED&" + query)).andExpect(status().isNotFound());
			this.mvc.perform(get("/reports/export.xlsx?" + query)).andExpect(status().isNotFound());
			this.mvc.perform(get("/reports/items.csv?" + query)).andExpect(status().isNotFound());
		}
	}

	@Test
	void deputySeesTheirStationOnlyAndUnitsSeeNoReport() throws Exception {
		CurrentUser deputy = this.f.stationDeputy;
		String html = this.mvc.perform(get("/reports?period=YEAR&year=2025").with(user(deputy)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("甲一站");
		this.mvc.perform(get("/reports?venue=" + this.f.otherStation.getId()).with(user(deputy)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports?group=" + this.f.group.getId()).with(user(deputy)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports?township=" + this.f.otherTownship.getId()).with(user(deputy)))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("unit")
	void handlingUnitsHaveNoReport() throws Exception {
		this.mvc.perform(get("/reports")).andExpect(status().isNotFound());
	}

	@Test
	void customDatesAreCheckedInTheUsersLanguage() throws Exception {
		String zh = this.mvc
			.perform(get("/reports?period=CUSTOM&from=2025-05-01&to=2025-04-01").with(user(this.f.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains("结束日期不能早于开始日期。", "data-testid=\"period-error\"");
		String en = this.mvc
			.perform(get("/reports?lang=en&period=CUSTOM&from=2025-13-01&to=").with(user(this.f.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains("Enter the first day as year-month-day", "Enter the last day.");
	}

	@Test
	void countsLinkToTheItemsBehindThem() throws Exception {
		String html = page("/reports?" + year2025());
		assertThat(html).contains("/reports/items?period=YEAR&amp;year=2025&amp;county=" + this.f.county.getId()
				+ "&amp;township=" + this.f.township.getId() + "&amp;bucket=CLOSED");
		String items = page("/reports/items?" + year2025() + "&township=" + this.f.township.getId() + "&bucket=CLOSED");
		assertThat(items).contains("data-testid=\"items-table\"", "已办结");
		assertThat(Pattern.compile("<tr>").matcher(items.substring(items.indexOf("<tbody>"))).results().count())
			.isEqualTo(1);
	}

	@Test
	void csvAndExcelExportsReadBackAsThePagesTable() throws Exception {
		String html = page("/reports?" + year2025());
		List<List<String>> pageRows = rows(html);
		assertThat(pageRows).hasSize(2);

		MvcResult csv = this.mvc.perform(get("/reports/export.csv?" + year2025()).with(user(this.f.office)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
			.andReturn();
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("乡镇街道,提出建议数,办结数,办结率");
		List<List<String>> csvRows = lines.subList(1, lines.size() - 1)
			.stream()
			.map((l) -> List.of(l.split(",", -1)))
			.toList();
		assertThat(csvRows).containsExactlyElementsOf(pageRows.stream().map(ReportPagesTests::csvForm).toList());
		assertThat(lines.get(lines.size() - 1)).startsWith("合计 报表县,3,1,33.3%");

		MvcResult xlsx = this.mvc.perform(get("/reports/export.xlsx?" + year2025()).with(user(this.f.office)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet).hasSize(pageRows.size() + 2);
			assertThat(sheet.get(0).getCellText(0)).isEqualTo("乡镇街道");
			assertThat(sheet.get(0).getCellCount()).isEqualTo(pageRows.get(0).size());
			for (int r = 0; r < pageRows.size(); r++) {
				List<String> expected = pageRows.get(r);
				Row row = sheet.get(r + 1);
				assertThat(row.getCellText(0)).isEqualTo(expected.get(0));
				for (int c = 1; c < expected.size(); c++) {
					String cell = expected.get(c);
					if (cell.endsWith("%")) {
						assertThat(row.getCellAsNumber(c).orElseThrow().movePointRight(2).setScale(1).toPlainString()
								+ "%")
							.isEqualTo(cell);
					}
					else if (cell.equals("\u2014") || cell.isEmpty()) {
						assertThat(row.getCellText(c)).isEmpty();
					}
					else {
						assertThat(row.getCellAsNumber(c).orElseThrow().longValue()).isEqualTo(Long.parseLong(cell));
					}
				}
			}
		}
	}

	@Test
	void itemsExportListsTheItemsOfTheFigure() throws Exception {
		MvcResult xlsx = this.mvc
			.perform(get("/reports/items.xlsx?" + year2025() + "&bucket=PROPOSED").with(user(this.f.office)))
			.andExpect(status().isOk())
			.andReturn();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet).hasSize(4);
			assertThat(sheet.get(0).getCellText(0)).isEqualTo("编号");
		}
	}

	@Test
	void dashboardStatementsDoNotGrowWithTheData() throws Exception {
		String year2026 = "period=YEAR&year=2026&county=" + this.f.county.getId();
		page("/reports?" + year2026);
		this.statements.reset();
		page("/reports?" + year2026);
		long before = this.statements.count();
		try {
			for (int i = 0; i < 3; i++) {
				this.f.propose(this.f.deputy, LocalDate.of(2026, 6, 1 + i));
			}
		}
		finally {
			this.clock.reset();
		}
		this.statements.reset();
		page("/reports?" + year2026);
		assertThat(this.statements.count()).isEqualTo(before).isLessThanOrEqualTo(12);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.f.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static final Pattern ROW = Pattern.compile("<tr[^>]*data-key=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

	/** The body rows of the page's report table, as the cells' text. */
	static List<List<String>> rows(String html) {
		String table = html.substring(html.indexOf("data-testid=\"report-table\""));
		table = table.substring(0, table.indexOf("</tbody>"));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<String> csvForm(List<String> cells) {
		return cells.stream().map((c) -> c.equals("\u2014") ? "" : c).toList();
	}

}
