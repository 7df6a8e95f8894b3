package org.deputyaction.publication;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deputyaction.publication.internal.FigureQueries;
import org.deputyaction.publication.internal.Figures;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.support.SqlStatementCounter;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages of a station and its county: the three lists with their columns,
 * near-due and overdue, results with ratings, filters, figures, exports, and a cost in
 * statements that does not grow with the items.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class PublicListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	SqlStatementCounter statements;

	PublicationFixture f;

	String stationPath;

	@BeforeEach
	void createItems() {
		this.f = new PublicationFixture(this.context, this.organization);
		this.stationPath = "/public/stations/" + this.f.station.getCode();
	}

	@Test
	void stationPageShowsTheSuggestionListWithDeputiesAndSourceButNotTheHiddenItem() throws Exception {
		String html = page(this.stationPath);
		assertThat(html).contains(this.f.station.getName(), "代表建议清单", "交办清单", "办理效果清单")
			.contains(this.f.proposed.number(), "修建村口路灯的建议", "修复石板桥的建议", "增开乡村客车班次的建议")
			.contains(this.f.lead.getName(), "接待日", "提出建议")
			.doesNotContain(PublicationFixture.HIDDEN_TITLE, this.f.hidden.number());
		assertThat(headers(html)).containsExactly("编号", "标题", "内容摘要", "问题来源", "发现日期", "代表之家/联络站", "领衔及附议代表", "类别", "层级",
				"状态");
	}

	@Test
	void assignmentListShowsUnitsDueDatesAndMarksNearDueAndOverdue() throws Exception {
		String html = page(this.stationPath + "?list=assignments");
		assertThat(html)
			.contains(this.f.overdue.number(), this.f.nearDue.number(), this.f.leadUnit.getName(),
					this.f.assistingUnit.getName())
			.contains("data-testid=\"deadline-OVERDUE\"", "data-testid=\"deadline-NEAR_DUE\"")
			.doesNotContain(this.f.proposed.number());
		String overdueOnly = page(this.stationPath + "?list=assignments&deadline=OVERDUE");
		assertThat(overdueOnly).contains(this.f.overdue.number()).doesNotContain(this.f.nearDue.number());
	}

	@Test
	void resultListShowsResultClassOnTimeRatingAndClosure() throws Exception {
		String html = page(this.stationPath + "?list=results");
		assertThat(html).contains(this.f.closed.number(), "已增开早晚两班客车。", "A类", "办理工作满意,办理结果基本满意")
			.doesNotContain(this.f.overdue.number());
		String english = page(this.stationPath + "?list=results&lang=en");
		assertThat(english).contains("Handling-result list", "Measures taken",
				"Handling: Satisfied; result: Basically satisfied");
	}

	@Test
	void statusFilterNarrowsTheSuggestionList() throws Exception {
		String html = page(this.stationPath + "?status=CLOSED");
		assertThat(html).contains(this.f.closed.number())
			.doesNotContain(this.f.proposed.number(), this.f.overdue.number());
	}

	@Test
	void unreadableFilterValuesAreIgnored() throws Exception {
		String html = page(this.stationPath + "?status=NOPE&category=x&period=someday&page=-3");
		assertThat(html).contains(this.f.proposed.number(), this.f.closed.number());
	}

	@Test
	void stationAndCountyShowTheirFiguresWithTheCountsBehindThem() throws Exception {
		String station = page(this.stationPath);
		// 4 public suggestions, 1 closed; 3 assigned, 1 replied (on time); 1 rating,
		// satisfied.
		assertThat(station).contains("办结 1 件 / 提出 4 件", "25%", "已答复 1 件 / 交办 3 件", "33%", "按期答复 1 件 / 交办 3 件",
				"满意及基本满意 1 件 / 已测评 1 件", "100%", "当前超期 1 件");
		String county = page("/public/counties/" + this.f.county.getCode());
		assertThat(county).contains("办结 1 件 / 提出 4 件", this.f.station.getName(), this.f.proposed.number());
	}

	@Test
	void figuresFromThePrecomputedCountsAgreeWithADirectRecountOfThePublicSuggestions() {
		FigureQueries queries = this.context.getBean(FigureQueries.class);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		Figures county = queries.county(this.f.county.getId());
		List<Long> recount = jdbc.queryForObject(
				"""
						select count(*), count(*) filter (where s.status = 'CLOSED'), count(*) filter (where s.assigned_on is not null),
						       count(*) filter (where s.status in ('FED_BACK', 'CLOSED')),
						       count(*) filter (where s.status in ('FED_BACK', 'CLOSED') and m.current_reply_on_time),
						       count(*) filter (where s.status in ('ASSIGNED', 'SUPERVISED') and s.due_on < current_date),
						       count(m.last_rating), count(*) filter (where m.last_rating in ('S', 'B'))
						  from suggestion s left join suggestion_measure m on m.suggestion_id = s.id
						 where s.county_id = ? and s.public_visible
						""",
				(rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getLong(8)),
				this.f.county.getId());
		assertThat(List.of(county.proposed(), county.closed(), county.assigned(), county.replied(), county.onTime(),
				county.overdue(), county.rated(), county.satisfied()))
			.isEqualTo(recount);
		assertThat(county.proposed()).isEqualTo(4);

		Long prefectureId = this.f.county.getPrefecture().getId();
		Figures prefecture = queries.prefecture(prefectureId);
		List<Figures> counties = queries.counties(prefectureId);
		assertThat(prefecture.proposed()).isEqualTo(counties.stream().mapToLong(Figures::proposed).sum());
		assertThat(prefecture.overdue()).isEqualTo(counties.stream().mapToLong(Figures::overdue).sum());
		assertThat(prefecture.satisfied()).isEqualTo(counties.stream().mapToLong(Figures::satisfied).sum());
	}

	@Test
	void countyListsShowTheItemsOfItsStations() throws Exception {
		String html = page("/public/counties/" + this.f.county.getCode() + "?list=assignments");
		assertThat(html).contains(this.f.overdue.number(), this.f.nearDue.number());
	}

	@Test
	void exportsHaveThePageColumnsAndRowsInBothFormats() throws Exception {
		for (String list : List.of("suggestions", "assignments", "results")) {
			String html = page(this.stationPath + "?list=" + list);
			List<String> headers = headers(html);
			List<String> numbers = numbersOnPage(html);

			byte[] csv = download(this.stationPath + "/exports/" + list + ".csv");
			assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
			List<List<String>> csvRows = new ArrayList<>();
			for (String line : new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n")) {
				csvRows.add(List.of(line.split(",", -1)));
			}
			assertThat(csvRows.get(0)).isEqualTo(headers);
			assertThat(csvRows.subList(1, csvRows.size()).stream().map((r) -> r.get(0)))
				.containsExactlyElementsOf(numbers);

			byte[] xlsx = download(this.stationPath + "/exports/" + list + ".xlsx");
			List<List<String>> sheet = new ArrayList<>();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Row row : workbook.getFirstSheet().read()) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < headers.size(); c++) {
						cells.add(row.getCellText(c));
					}
					sheet.add(cells);
				}
			}
			assertThat(sheet.get(0)).isEqualTo(headers);
			assertThat(sheet.subList(1, sheet.size()).stream().map((r) -> r.get(0))).containsExactlyElementsOf(numbers);
			assertThat(sheet).hasSize(csvRows.size());
		}
	}

	@Test
	void exportsFollowTheFilterAndTheLanguage() throws Exception {
		String csv = new String(download(this.stationPath + "/exports/assignments.csv?deadline=OVERDUE&lang=en"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Number,Title,Level,Lead unit", this.f.overdue.number(), "Overdue")
			.doesNotContain(this.f.nearDue.number());
	}

	@Test
	void stationPageCostsTheSameNumberOfStatementsWhateverItsItems() throws Exception {
		for (String list : List.of("suggestions", "assignments", "results")) {
			String path = this.stationPath + "?list=" + list;
			page(path);
			this.statements.reset();
			page(path);
			long before = this.statements.count();
			for (int i = 0; i < 4; i++) {
				this.f.reply(this.f.assign(this.f.propose("又一条建议" + i, true, true), null, this.f.today().plusDays(20),
						List.of()));
			}
			this.statements.reset();
			page(path);
			assertThat(this.statements.count()).as(list).isEqualTo(before);
		}
	}

	@Test
	void unknownCodesGetAFriendlyNotFoundPageInTheUsersLanguage() throws Exception {
		for (String path : List.of("/public/stations/NO-SUCH", "/public/homes/NO-SUCH", "/public/counties/NO-SUCH",
				this.stationPath + "/postings/999", "/public/homes/" + this.f.station.getCode(),
				this.stationPath + "/exports/nonsense.csv")) {
			String chinese = this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(chinese).as(path).contains("页面不存在").doesNotContain("Exception");
			String english = this.mvc.perform(get(path + "?lang=en"))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(english).as(path).contains("Page not found");
		}
	}

	@Test
	void prefecturePageShowsEachCountysFigures() throws Exception {
		String html = page("/");
		assertThat(html).contains("data-testid=\"county-list\"", "办结率", "data-testid=\"figures\"");
	}

	String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	static List<String> headers(String html) {
		String table = html.substring(html.indexOf("<table"), html.indexOf("</thead>"));
		List<String> headers = new ArrayList<>();
		Matcher m = Pattern.compile("<th scope=\"col\">([^<]*)</th>").matcher(table);
		while (m.find()) {
			headers.add(m.group(1));
		}
		return headers;
	}

	static List<String> numbersOnPage(String html) {
		List<String> numbers = new ArrayList<>();
		Matcher m = Pattern
			.compile("<td data-label=\"[^\"]*\" class=\"text-nowrap\">([^<]*)</td>\\s*<td[^>]*class=\"fw-semibold\"")
			.matcher(html);
		while (m.find()) {
			numbers.add(m.group(1));
		}
		return numbers;
	}

}
