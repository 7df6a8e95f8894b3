package org.deputyaction.suggestion.web.deputy;

import java.util.UUID;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.web.LoopPagesFixture;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DeputyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SqlStatementCounter statements;

	LoopPagesFixture f;

	@BeforeEach
	void fixture() {
		this.f = new LoopPagesFixture(this.context);
	}

	@Test
	void listShowsTheStationsSuggestionsAndWhatWaitsForTheDeputy() throws Exception {
		SuggestionDetail toRate = this.f.fedBack("等待评价的建议");
		SuggestionDetail toCoSign = this.f.proposed("等待附议的建议");
		this.mvc.perform(get("/my-station/suggestions").with(as(this.f.deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"to-rate\""), containsString(toRate.title()),
					containsString(toCoSign.title()), not(containsString("data-testid=\"to-co-sign\"")))));
		this.mvc.perform(get("/my-station/suggestions").with(as(this.f.coSigner)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"to-co-sign\""),
					not(containsString("data-testid=\"to-rate\"")))));
		this.mvc.perform(get("/my-station/suggestions").with(as(this.f.otherDeputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(toRate.title()))));
	}

	@Test
	void listCostsTheSameStatementsWhateverTheData() throws Exception {
		this.f.fedBack("第一条");
		this.statements.reset();
		this.mvc.perform(get("/my-station/suggestions").with(as(this.f.deputy))).andExpect(status().isOk());
		long few = this.statements.count();
		for (int i = 0; i < 5; i++) {
			this.f.fedBack("更多待评价" + i);
			this.f.proposed("更多待附议" + i);
			this.f.problem("更多问题" + i);
		}
		this.statements.reset();
		this.mvc.perform(get("/my-station/suggestions").with(as(this.f.deputy))).andExpect(status().isOk());
		assertThat(this.statements.count()).isEqualTo(few);
	}

	@Test
	void deputyRecordsAProblemAtTheStationAndWritesItUpWithCoSigners() throws Exception {
		String token = UUID.randomUUID().toString();
		MvcResult recorded = this.mvc
			.perform(multipart("/my-station/problems").param("requestToken", token)
				.param("title", "路灯不亮")
				.param("description", "村口路灯坏了三个月。")
				.param("source", "RECEPTION_DAY")
				.param("foundOn", this.f.today().toString())
				.param("contactPhone", "139 0000 1111")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/my-station/suggestions/new?problem=*"))
			.andExpect(flash().attribute("message", containsString("查询编号")))
			.andReturn();
		String form = recorded.getResponse().getRedirectedUrl();
		Long problemId = Long.valueOf(form.substring(form.indexOf('=') + 1));
		this.mvc.perform(get(form).with(as(this.f.deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("路灯不亮"), containsString(this.f.stationDeputy.getName()),
					not(containsString(this.f.otherStationDeputy.getName())))));
		String location = this.mvc
			.perform(post("/my-station/suggestions").param("requestToken", UUID.randomUUID().toString())
				.param("problemId", problemId.toString())
				.param("title", "关于修复路灯的建议")
				.param("content", "建议修复村口路灯。")
				.param("categoryId", this.f.categoryId.toString())
				.param("level", "COUNTY")
				.param("congressTerm", "第十届")
				.param("coSignerIds", this.f.stationDeputy.getId().toString(),
						this.f.otherStationDeputy.getId().toString())
				.param("publicVisible", "true")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/my-station/suggestions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		SuggestionDetail s = this.f.get(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(s.leadDeputyId()).isEqualTo(this.f.leadDeputy.getId());
		assertThat(s.coSigners()).extracting(SuggestionDetail.CoSignerLine::deputyId)
			.containsExactly(this.f.stationDeputy.getId());
		assertThat(s.problems()).extracting(SuggestionDetail.ProblemLine::id).containsExactly(problemId);
	}

	@Test
	void aProblemNeedsItsTextAndAPhoneNumberThatIsOne() throws Exception {
		this.mvc
			.perform(multipart("/my-station/problems").param("requestToken", UUID.randomUUID().toString())
				.param("title", "")
				.param("description", "说明")
				.param("source", "VISIT")
				.param("foundOn", this.f.today().toString())
				.param("contactPhone", "call me")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请填写此项。"), containsString("电话号码只能包含"))));
	}

	@Test
	void aProblemFoundTomorrowIsRefusedWithTheRulesMessage() throws Exception {
		this.mvc
			.perform(multipart("/my-station/problems").param("requestToken", UUID.randomUUID().toString())
				.param("title", "明天的问题")
				.param("description", "说明")
				.param("source", "VISIT")
				.param("foundOn", this.f.today().plusDays(1).toString())
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("不能晚于今天"), containsString("明天的问题"))));
	}

	@Test
	void aProblemOfAnotherStationCannotBeWrittenUpHere() throws Exception {
		ProblemView problem = this.f.problem("本站问题");
		this.mvc
			.perform(get("/my-station/suggestions/new").param("problem", problem.id().toString())
				.with(as(this.f.otherDeputy)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aProblemAlreadyWrittenUpLinksItsSuggestionInsteadOfTheForm() throws Exception {
		SuggestionDetail s = this.f.proposed("已形成建议的问题");
		this.mvc
			.perform(get("/my-station/suggestions/new").param("problem", s.problems().get(0).id().toString())
				.with(as(this.f.deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"problem-not-open\""),
					containsString("href=\"/my-station/suggestions/" + s.id() + "\""),
					not(containsString("data-testid=\"proposal-submit\"")))));
	}

	@Test
	void anInvitedDeputyConfirmsCoSigning() throws Exception {
		SuggestionDetail s = this.f.proposed("确认附议");
		this.mvc.perform(get("/my-station/suggestions/" + s.id()).with(as(this.f.coSigner)))
			.andExpect(content().string(containsString("data-testid=\"co-sign\"")));
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/co-sign").param("version", "" + s.version())
				.with(as(this.f.coSigner))
				.with(csrf()))
			.andExpect(redirectedUrl("/my-station/suggestions/" + s.id()))
			.andExpect(flash().attribute("message", "已附议。"));
		assertThat(this.f.get(s.id()).coSigners().get(0).confirmed()).isTrue();
	}

	@Test
	void coSigningAStaleOrForbiddenItemSaysWhy() throws Exception {
		SuggestionDetail s = this.f.proposed("附议冲突");
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/co-sign").param("version", "" + (s.version() + 1))
				.with(as(this.f.coSigner))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("其他用户已修改")));
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/co-sign").param("version", "" + s.version())
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("现在不能进行")));
		assertThat(this.f.get(s.id()).coSigners().get(0).confirmed()).isFalse();
	}

	@Test
	void leadDeputyRatesUnsatisfiedAndTheItemGoesBackForRehandling() throws Exception {
		SuggestionDetail s = this.f.fedBack("不满意退回");
		this.mvc.perform(get("/my-station/suggestions/" + s.id()).with(as(this.f.deputy)))
			.andExpect(content().string(allOf(containsString("data-testid=\"rating\""), containsString("已列入年度计划。"))));
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + s.version())
				.param("handlingWork", "BASICALLY_SATISFIED")
				.param("result", "UNSATISFIED")
				.param("comment", "路还没修")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(redirectedUrl("/my-station/suggestions/" + s.id()))
			.andExpect(flash().attribute("message", containsString("第 2 轮")));
		SuggestionDetail after = this.f.get(s.id());
		assertThat(after.status()).isEqualTo(LoopStatus.SUPERVISED);
		assertThat(after.round()).isEqualTo(2);
		this.mvc.perform(get("/my-station/suggestions/" + s.id()).with(as(this.f.deputy)))
			.andExpect(content().string(allOf(containsString("data-testid=\"rehandling\""),
					not(containsString("data-testid=\"rating\"")))));
	}

	@Test
	void leadDeputyRatesSatisfiedAndTheItemCloses() throws Exception {
		SuggestionDetail s = this.f.fedBack("满意办结");
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + s.version())
				.param("handlingWork", "SATISFIED")
				.param("result", "BASICALLY_SATISFIED")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(flash().attribute("message", containsString("已办结")));
		assertThat(this.f.get(s.id()).status()).isEqualTo(LoopStatus.CLOSED);
	}

	@Test
	void aRatingNeedsBothAxes() throws Exception {
		SuggestionDetail s = this.f.fedBack("缺少评价");
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + s.version())
				.param("handlingWork", "SATISFIED")
				.param("comment", "我的意见")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择一项。"), containsString("我的意见"))));
		assertThat(this.f.get(s.id()).status()).isEqualTo(LoopStatus.FED_BACK);
	}

	@Test
	void aStaleRatingKeepsTheCommentAndSaysSo() throws Exception {
		SuggestionDetail s = this.f.fedBack("评价冲突");
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + (s.version() - 1))
				.param("handlingWork", "SATISFIED")
				.param("result", "SATISFIED")
				.param("comment", "我写的评价")
				.with(as(this.f.deputy))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("其他用户已修改"), containsString("我写的评价"))));
	}

	@Test
	void aDeputyWhoDoesNotLeadCannotRate() throws Exception {
		SuggestionDetail s = this.f.fedBack("非领衔评价");
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + s.version())
				.param("handlingWork", "UNSATISFIED")
				.param("result", "UNSATISFIED")
				.with(as(this.f.coSigner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现在不能进行")));
		assertThat(this.f.get(s.id()).status()).isEqualTo(LoopStatus.FED_BACK);
	}

	@Test
	void anotherStationsDeputyFindsNothing() throws Exception {
		SuggestionDetail s = this.f.fedBack("他站建议");
		this.mvc.perform(get("/my-station/suggestions/" + s.id()).with(as(this.f.otherDeputy)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + s.version())
				.param("handlingWork", "SATISFIED")
				.param("result", "SATISFIED")
				.with(as(this.f.otherDeputy))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void otherRolesMayNotOpenTheDeputyPages() throws Exception {
		SuggestionDetail s = this.f.fedBack("角色");
		for (CurrentUser other : new CurrentUser[] { this.f.staff, this.f.leadUnitUser, this.f.admin }) {
			this.mvc.perform(get("/my-station/suggestions").with(as(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/my-station/suggestions/" + s.id()).with(as(other)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/my-station/problems/new").with(as(other))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/my-station/suggestions/" + s.id() + "/rate").param("version", "" + s.version())
					.param("handlingWork", "SATISFIED")
					.param("result", "SATISFIED")
					.with(as(other))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void stationLandingPageLinksTheSuggestions() throws Exception {
		this.mvc.perform(get("/my-station").with(as(this.f.deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/my-station/suggestions\""),
					containsString("href=\"/my-station/problems/new\""))));
	}

	private static RequestPostProcessor as(CurrentUser principal) {
		return user(principal);
	}

}
