package org.deputyaction.evaluation;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.deputyaction.evaluation.internal.EvaluationCodes;
import org.deputyaction.reporting.ReportBucket;
import org.deputyaction.reporting.ReportItem;
import org.deputyaction.reporting.ReportPeriod;
import org.deputyaction.reporting.ReportRequest;
import org.deputyaction.reporting.ReportService;
import org.deputyaction.reporting.VoterRatings;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
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
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(OrganizationFixture.class)
class EvaluationPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private OnSiteEvaluationService evaluations;

	@Autowired
	private ReportService reports;

	@Autowired
	private SqlStatementCounter statements;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private EvaluationFixture f;

	@BeforeEach
	void build() {
		this.f = new EvaluationFixture(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void publicPageShowsTheItemInChineseAndGivesTheDeviceAnHttpOnlyCookie() throws Exception {
		EvaluationView view = this.evaluations.start(this.f.replied("村口路灯不亮").id(), this.f.staff);
		MvcResult result = this.mvc.perform(get("/public/evaluate/" + view.code()))
			.andExpect(status().isOk())
			.andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("村口路灯不亮", "已修复路面并增设护栏", "请对办理结果进行测评", "满意", "基本满意", "不满意", "测评不记名")
			.doesNotContain(this.f.deputy.getName(), this.f.staff.displayName());
		String setCookie = result.getResponse().getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).startsWith(PublicEvaluationCookie.NAME + "=")
			.contains("HttpOnly", "SameSite=Lax", "Path=/public/evaluate");
		assertThat(result.getResponse().getCookie(PublicEvaluationCookie.NAME).getValue()).hasSize(43);
	}

	@Test
	void publicPageSpeaksEnglishToo() throws Exception {
		EvaluationView view = this.evaluations.start(this.f.replied("英文页面").id(), this.f.staff);
		String html = this.mvc.perform(get("/public/evaluate/" + view.code()).cookie(new Cookie("lang", "en")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Please rate the result", "Basically satisfied", "Send my rating",
				"each phone counts once");
	}

	@Test
	void aSecondRatingFromTheSameDeviceIsNotCountedAndTheVoterIsToldPolitely() throws Exception {
		EvaluationView view = this.evaluations.start(this.f.replied("评两次").id(), this.f.staff);
		Cookie device = new Cookie(PublicEvaluationCookie.NAME, EvaluationCodes.newDeviceToken());
		MvcResult first = this.mvc.perform(rate(view.code(), "SATISFIED").cookie(device))
			.andExpect(redirectedUrl("/public/evaluate/" + view.code()))
			.andExpect(flash().attribute("outcome", RatingOutcome.COUNTED))
			.andReturn();
		// The browser keeps the session cookie, in which the message waits for the next
		// page.
		Cookie session = first.getResponse().getCookie("SESSION");
		String thanks = this.mvc.perform(get("/public/evaluate/" + view.code()).cookie(device, session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanks).contains("谢谢！您的测评已计入", "您已测评：满意").doesNotContain("data-testid=\"evaluation-form\"");
		this.mvc.perform(rate(view.code(), "UNSATISFIED").cookie(device, session))
			.andExpect(flash().attribute("outcome", RatingOutcome.ALREADY_RATED));
		String zh = this.mvc.perform(get("/public/evaluate/" + view.code()).cookie(device, session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains("这台手机已经测评过本件", "您已测评：满意");
		this.mvc.perform(rate(view.code(), "BASICALLY_SATISFIED").cookie(device, session));
		String en = this.mvc
			.perform(get("/public/evaluate/" + view.code()).cookie(device, session, new Cookie("lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains("This phone has already rated this item", "You rated: Satisfied");
		assertThat(this.evaluations.get(view.id(), this.f.staff).counts()).isEqualTo(new VoterCounts(1, 0, 0));
	}

	@Test
	void aRatingWithoutAChoiceAsksForOne() throws Exception {
		EvaluationView view = this.evaluations.start(this.f.replied("未选择").id(), this.f.staff);
		this.mvc
			.perform(rate(view.code(), null)
				.cookie(new Cookie(PublicEvaluationCookie.NAME, EvaluationCodes.newDeviceToken())))
			.andExpect(flash().attribute("chooseOne", true));
		assertThat(this.evaluations.get(view.id(), this.f.staff).counts().total()).isZero();
	}

	@Test
	void unknownAndExpiredCodesGetAClearMessage() throws Exception {
		String unknown = this.mvc.perform(get("/public/evaluate/ZZZZ222").with(address("10.77.0.1")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("没有找到这个测评码");
		this.mvc.perform(get("/public/evaluate").param("code", "abc-defg"))
			.andExpect(redirectedUrl("/public/evaluate/ABCDEFG"));
		assertThat(this.mvc.perform(get("/public/evaluate").param("code", "0O1"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("这不是有效的测评码");

		this.clock.setToday(LocalDate.of(2026, 4, 1));
		EvaluationView view = this.evaluations.start(this.f.replied("过期").id(), this.f.staff);
		this.clock.advance(Duration.ofMinutes(31));
		String expired = this.mvc.perform(get("/public/evaluate/" + view.code()).cookie(new Cookie("lang", "en")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(expired).contains("The time for this evaluation is over").doesNotContain("evaluation-form");
		this.mvc
			.perform(rate(view.code(), "SATISFIED")
				.cookie(new Cookie(PublicEvaluationCookie.NAME, EvaluationCodes.newDeviceToken())))
			.andExpect(flash().attribute("outcome", RatingOutcome.EXPIRED));
	}

	@Test
	void staffStartFromTheSuggestionPageShowThePresenterAndCloseIt() throws Exception {
		SuggestionDetail s = this.f.replied("会场测评");
		String page = this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("现场测评", "data-testid=\"evaluation-start\"", "开始现场测评（30 分钟）");
		MvcResult started = this.mvc
			.perform(post("/suggestions/" + s.id() + "/evaluations").with(user(this.f.staff)).with(csrf()))
			.andExpect(redirectedUrlPattern("/evaluations/*"))
			.andReturn();
		String presenterUrl = started.getResponse().getRedirectedUrl();
		String presenter = this.mvc.perform(get(presenterUrl).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		EvaluationView view = this.evaluations.panel(s, this.f.staff).openEvaluation();
		assertThat(presenter).contains("会场测评", "已修复路面并增设护栏", view.displayCode(), "data:image/png;base64,",
				"/public/evaluate/" + view.code(), "js/evaluation-presenter.js");
		this.evaluations.rate(view.code(), Satisfaction.BASICALLY_SATISFIED, EvaluationCodes.newDeviceToken(),
				"10.2.0.1");
		assertThat(this.mvc.perform(get(presenterUrl).with(user(this.f.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-testid=\"count-BASICALLY_SATISFIED\">1<");
		this.mvc.perform(post(presenterUrl + "/close").with(user(this.f.staff)).with(csrf()))
			.andExpect(redirectedUrl(presenterUrl));
		String after = this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("选民测评：满意 0，基本满意 1，不满意 0", "已提前结束", this.f.staff.displayName());
	}

	@Test
	void staffOfAnotherCountyGetNotFound() throws Exception {
		SuggestionDetail s = this.f.replied("他县");
		EvaluationView view = this.evaluations.start(s.id(), this.f.staff);
		this.mvc.perform(post("/suggestions/" + s.id() + "/evaluations").with(user(this.f.otherStaff)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/" + view.id()).with(user(this.f.otherStaff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/evaluations/" + view.id() + "/close").with(user(this.f.otherStaff)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/" + view.id()).with(user(this.f.office))).andExpect(status().isOk());
	}

	@Test
	void anItemWithoutReplyCannotBeEvaluatedAndStaffAreToldWhy() throws Exception {
		SuggestionDetail s = this.f.assigned("尚未答复");
		this.mvc.perform(post("/suggestions/" + s.id() + "/evaluations").with(user(this.f.staff)).with(csrf()))
			.andExpect(redirectedUrl("/suggestions/" + s.id()))
			.andExpect(flash().attributeExists("errorMessage"));
	}

	@Test
	void resultListAndItsExportShowTheVotersCountsBesideTheDeputysRating() throws Exception {
		SuggestionDetail s = this.f.closed("公示测评");
		rateOnSite(s, Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED,
				Satisfaction.UNSATISFIED);
		String list = this.mvc.perform(get("/public/stations/" + this.f.station.getCode() + "?list=results"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("选民现场测评", "满意 2 / 基本满意 1 / 不满意 1", "办理工作满意,办理结果满意");
		String english = this.mvc
			.perform(get("/public/stations/" + this.f.station.getCode() + "?list=results")
				.cookie(new Cookie("lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Voter ratings", "Satisfied 2 / basically 1 / unsatisfied 1");
		String csv = this.mvc.perform(get("/public/stations/" + this.f.station.getCode() + "/exports/results.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("选民现场测评", "满意 2 / 基本满意 1 / 不满意 1");
	}

	@Test
	void reportsShowTheVotersSatisfactionWithItsCountsAndAgreeWithARecountInSql() throws Exception {
		SuggestionDetail s = this.f.closed("报表测评");
		rateOnSite(s, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.UNSATISFIED,
				Satisfaction.UNSATISFIED);
		SuggestionDetail other = this.f.replied("报表测评二");
		rateOnSite(other, Satisfaction.SATISFIED);
		int year = LocalDate.now(this.clock).getYear();
		ReportRequest request = ReportRequest.of(ReportPeriod.year(year)).inCounty(this.f.county.getId());
		VoterRatings voters = this.reports.table(request, this.f.office).total().measures().voters();
		assertThat(voters).isEqualTo(new VoterRatings(2, 1, 2));
		assertThat(voters.rate().text()).isEqualTo("60.0%");
		Long recount = this.jdbc.queryForObject(
				"select count(*) from onsite_rating o join suggestion s on s.id = o.suggestion_id"
						+ " where s.county_id = ? and extract(year from s.proposed_on) = ?",
				Long.class, this.f.county.getId(), year);
		assertThat(voters.total()).isEqualTo(recount);
		assertThat(this.reports.items(request, ReportBucket.PROPOSED, 0, 100, this.f.office).items())
			.filteredOn((item) -> item.id().equals(s.id()))
			.extracting(ReportItem::voters)
			.containsExactly(new VoterRatings(1, 1, 2));

		String dashboard = this.mvc
			.perform(get("/reports").param("county", this.f.county.getId().toString()).with(user(this.f.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("选民满意率", "选民不满意", "60.0%", "3 / 5");
		String items = this.mvc
			.perform(get("/reports/items").param("county", this.f.county.getId().toString())
				.param("bucket", "PROPOSED")
				.with(user(this.f.office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(items).contains("满意 1 / 基本满意 1 / 不满意 2（50.0%）");
	}

	@Test
	void pagesCostTheSameStatementsHoweverManyEvaluationsAndRatings() throws Exception {
		SuggestionDetail one = this.f.closed("一次测评");
		rateOnSite(one, Satisfaction.SATISFIED);
		SuggestionDetail many = this.f.closed("多次测评");
		for (int i = 0; i < 4; i++) {
			rateOnSite(many, Satisfaction.SATISFIED, Satisfaction.UNSATISFIED, Satisfaction.BASICALLY_SATISFIED);
		}
		statementsOf(get("/suggestions/" + one.id()).with(user(this.f.staff)));
		long onePage = statementsOf(get("/suggestions/" + one.id()).with(user(this.f.staff)));
		long manyPage = statementsOf(get("/suggestions/" + many.id()).with(user(this.f.staff)));
		assertThat(manyPage).isEqualTo(onePage);

		String results = "/public/stations/" + this.f.station.getCode() + "?list=results";
		statementsOf(get(results));
		long before = statementsOf(get(results));
		for (int i = 0; i < 3; i++) {
			rateOnSite(this.f.closed("再一件" + i), Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED);
		}
		assertThat(statementsOf(get(results))).isEqualTo(before);
	}

	private long statementsOf(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statements.count();
	}

	private void rateOnSite(SuggestionDetail s, Satisfaction... ratings) {
		EvaluationView view = this.evaluations.start(s.id(), this.f.staff);
		for (Satisfaction rating : ratings) {
			assertThat(this.evaluations.rate(view.code(), rating, EvaluationCodes.newDeviceToken(), "10.3.0.1"))
				.isEqualTo(RatingOutcome.COUNTED);
		}
		this.evaluations.close(view.id(), this.f.staff);
	}

	private static MockHttpServletRequestBuilder rate(String code, String satisfaction) {
		MockHttpServletRequestBuilder request = post("/public/evaluate/" + code).with(csrf()).with(address("10.4.0.1"));
		return (satisfaction != null) ? request.param("satisfaction", satisfaction) : request;
	}

	private static RequestPostProcessor address(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static final class PublicEvaluationCookie {

		static final String NAME = "evaluation-device";

	}

}
