package org.deputyaction.suggestion.web.staff;

import java.util.UUID;

import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.HandlingCommands.ObjectToAssignment;
import org.deputyaction.suggestion.HandlingCommands.RequestExtension;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SuggestionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SqlStatementCounter statements;

	StaffPagesFixture f;

	@BeforeEach
	void setUp() {
		this.f = new StaffPagesFixture(this.context);
	}

	@Test
	void theWriteUpFormOffersTheVenuesDeputiesAndTwoLevelCategories() throws Exception {
		ProblemView problem = this.f.problem("路灯" + this.f.tag);
		this.mvc.perform(get("/suggestions/new").param("problem", "" + problem.id()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">张代表<")))
			.andExpect(content().string(containsString(">李代表<")))
			.andExpect(content().string(containsString("<optgroup label=\"交通出行\">")))
			.andExpect(content().string(containsString("value=\"路灯" + this.f.tag + "\"")));
	}

	@Test
	void writingUpAProblemProposesASuggestionOnce() throws Exception {
		ProblemView problem = this.f.problem("路灯" + this.f.tag);
		UUID token = UUID.randomUUID();
		String first = this.mvc.perform(proposal(token, problem, "关于修路灯的建议" + this.f.tag))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("已提出")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(proposal(token, problem, "关于修路灯的建议" + this.f.tag)).andExpect(redirectedUrl(first));
		this.mvc.perform(get(first).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于修路灯的建议" + this.f.tag)))
			.andExpect(content().string(containsString("data-testid=\"lead-deputy\">张代表")))
			.andExpect(content().string(containsString("李代表")))
			.andExpect(content().string(containsString(problem.trackingNumber())))
			.andExpect(content().string(containsString("data-action=\"assign\"")));
	}

	@Test
	void aWriteUpWithoutLeadDeputyShowsTheFieldError() throws Exception {
		ProblemView problem = this.f.problem("路灯" + this.f.tag);
		this.mvc.perform(proposal(UUID.randomUUID(), problem, "保留的标题" + this.f.tag, null))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"leadDeputyId-error\"")))
			.andExpect(content().string(containsString("value=\"保留的标题" + this.f.tag + "\"")));
	}

	@Test
	void theWholeLoopFromAssignmentToClosureOnThePage() throws Exception {
		SuggestionDetail s = this.f.proposed("全流程" + this.f.tag);
		this.mvc
			.perform(action(s.id(), "assign", current(s)).param("leadUnitId", "" + this.f.leadUnit.getId())
				.param("assistingUnitIds", "" + this.f.assistingUnit.getId())
				.param("dueOn", this.f.today().plusMonths(2).toString()))
			.andExpect(redirectedUrl("/suggestions/" + s.id()))
			.andExpect(flash().attribute("message", "建议已交办。"));
		this.mvc
			.perform(action(s.id(), "urge", current(s)).param("unitId", "" + this.f.leadUnit.getId())
				.param("text", "请加快办理"))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		this.mvc
			.perform(action(s.id(), "progress", current(s)).param("unitId", "" + this.f.leadUnit.getId())
				.param("text", "已完成勘察"))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		this.mvc
			.perform(action(s.id(), "key-supervision", current(s)).param("keySupervision", "true")
				.param("leader", "王主任"))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		this.mvc.perform(action(s.id(), "waive-views", current(s)).param("reason", "财政局未按期提交"))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		this.mvc
			.perform(action(s.id(), "reply", current(s)).param("resultClass", "A")
				.param("measures", "已修复路面")
				.param("content", "答复全文")
				.param("repliedOn", this.f.today().toString()))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		this.mvc
			.perform(action(s.id(), "rate", current(s)).param("handlingWork", "SATISFIED")
				.param("result", "BASICALLY_SATISFIED")
				.param("ratedOn", this.f.today().toString()))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		assertThat(this.f.current(s.id()).status()).isEqualTo(LoopStatus.CLOSED);
		this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("loop-status-CLOSED")))
			.andExpect(content().string(containsString("A类")))
			.andExpect(content().string(containsString("已修复路面")))
			.andExpect(content().string(containsString("办理工作满意,办理结果基本满意")))
			.andExpect(content().string(containsString("王主任")))
			.andExpect(content().string(containsString("data-action=\"ASSIGNED\"")))
			.andExpect(content().string(containsString("data-action=\"URGED\"")))
			.andExpect(content().string(containsString("data-action=\"PROGRESS_REPORTED\"")))
			.andExpect(content().string(containsString("data-action=\"REPLIED\"")))
			.andExpect(content().string(containsString("data-action=\"RATED\"")))
			.andExpect(content().string(containsString("data-action=\"CLOSED\"")))
			.andExpect(content().string(not(containsString("data-action=\"urge\""))));
	}

	@Test
	void theAssignFormIsPrefilledWithTheDefaultDueDate() throws Exception {
		SuggestionDetail s = this.f.proposed("期限" + this.f.tag);
		String due = this.context.getBean(org.deputyaction.suggestion.LoopSettingsService.class)
			.deadlines()
			.defaultDueDate(this.f.today())
			.toString();
		this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(content().string(containsString("name=\"dueOn\" value=\"" + due + "\"")))
			.andExpect(content().string(containsString(this.f.leadUnit.getName())));
	}

	@Test
	void anAssignedItemWithoutAssistingUnitsOffersEveryStaffStepAndTheFourResultClasses() throws Exception {
		SuggestionDetail s = this.f.proposed("待答复" + this.f.tag);
		this.context.getBean(AssignmentService.class)
			.assign(new org.deputyaction.suggestion.HandlingCommands.AssignSuggestion(s.id(), s.version(),
					this.f.leadUnit.getId(), java.util.List.of(), null, null), this.f.staff);
		String page = this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("id=\"reply-class-A\"", "id=\"reply-class-D\"", "data-action=\"urge\"",
					"data-action=\"progress\"", "data-action=\"keySupervision\"", "data-action=\"reply\"")
			.doesNotContain("data-action=\"assign\"")
			.endsWith("</html>\n");
	}

	@Test
	void invalidInputIsShownNextToTheField() throws Exception {
		SuggestionDetail s = this.f.assigned("校验" + this.f.tag);
		this.mvc.perform(action(s.id(), "urge", current(s)).param("text", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"urge-text-error\"")))
			.andExpect(content()
				.string(containsString("<details class=\"loop-action\" data-action=\"urge\" open=\"open\"")));
	}

	@Test
	void aStaleVersionKeepsTheTextAndSaysSomeoneElseChangedTheItemFirst() throws Exception {
		SuggestionDetail s = this.f.assigned("并发" + this.f.tag);
		long seen = s.version();
		this.context.getBean(SupervisionService.class).urge(new Urge(s.id(), seen, null, "别人先催办了"), this.f.office);
		long now = this.f.current(s.id()).version();
		this.mvc.perform(action(s.id(), "urge", seen).param("text", "我要催办的内容" + this.f.tag))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他用户已修改了这条内容")))
			.andExpect(content().string(containsString("我要催办的内容" + this.f.tag)))
			.andExpect(content().string(containsString("id=\"urge-version\" name=\"version\" value=\"" + now + "\"")))
			.andExpect(content().string(containsString("别人先催办了")));
	}

	@Test
	void aCraftedStepTheStateDoesNotAllowIsRefusedWithAMessage() throws Exception {
		SuggestionDetail s = this.f.assigned("越级" + this.f.tag);
		this.mvc
			.perform(action(s.id(), "rate", current(s)).param("handlingWork", "SATISFIED")
				.param("result", "SATISFIED")
				.param("ratedOn", this.f.today().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("当前状态“已交办”不能转为“已办结”")));
		this.mvc
			.perform(action(s.id(), "assign", current(s)).param("leadUnitId", "" + this.f.leadUnit.getId())
				.param("dueOn", this.f.today().plusMonths(1).toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能再次交办")));
		this.mvc
			.perform(action(s.id(), "objection", current(s)).param("assignmentId", "" + s.assignments().get(0).id())
				.param("reroute", "false")
				.param("reason", "无"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该交办没有待处理的异议")));
		this.mvc.perform(action(s.id(), "follow-up-solved", current(s)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("data-testid=\"error-message\"")));
	}

	@Test
	void anObjectionIsReroutedToAnotherUnit() throws Exception {
		SuggestionDetail s = this.f.assigned("异议" + this.f.tag);
		SuggestionDetail objected = this.context.getBean(AssignmentService.class)
			.object(new ObjectToAssignment(s.id(), s.version(), "不属于本单位职责"), this.f.unit);
		this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(content().string(containsString("data-action=\"objection\"")))
			.andExpect(content().string(containsString("不属于本单位职责")));
		Long assignmentId = objected.assignments().get(0).id();
		this.mvc
			.perform(action(s.id(), "objection", objected.version()).param("assignmentId", "" + assignmentId)
				.param("reroute", "true")
				.param("newUnitId", "" + this.f.spareUnit.getId())
				.param("reason", "改由住建局办理"))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		assertThat(this.f.current(s.id()).assignments()).anyMatch((a) -> a.unitId().equals(this.f.spareUnit.getId()));
	}

	@Test
	void anExtensionRequestIsApprovedWithItsDate() throws Exception {
		SuggestionDetail s = this.f.assigned("延期" + this.f.tag);
		SuggestionDetail requested = this.context.getBean(SupervisionService.class)
			.requestExtension(new RequestExtension(s.id(), s.version(), s.dueOn().plusDays(20), "需要招标"), this.f.unit);
		this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(content().string(containsString("data-action=\"extension\"")))
			.andExpect(content().string(containsString("需要招标")));
		this.mvc
			.perform(action(s.id(), "extension", requested.version())
				.param("extensionRequestId", "" + requested.extensions().get(0).id())
				.param("approve", "true")
				.param("grantedDueOn", s.dueOn().plusDays(15).toString()))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		assertThat(this.f.current(s.id()).dueOn()).isEqualTo(s.dueOn().plusDays(15));
	}

	@Test
	void publicationAndKeySupervisionAreFlagsNotStates() throws Exception {
		SuggestionDetail s = this.f.proposed("公开" + this.f.tag);
		this.mvc.perform(action(s.id(), "publication", current(s)).param("publicVisible", "false"))
			.andExpect(redirectedUrl("/suggestions/" + s.id()));
		assertThat(this.f.current(s.id()).publicVisible()).isFalse();
		this.mvc.perform(action(s.id(), "key-supervision", current(s)).param("keySupervision", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"key-leader-error\"")));
		assertThat(this.f.current(s.id()).status()).isEqualTo(LoopStatus.PROPOSED);
	}

	@Test
	void theSuggestionPageCostsTheSameStatementsWhateverItsHistory() throws Exception {
		SuggestionDetail s = this.f.assigned("计数" + this.f.tag);
		long before = pageStatements(s.id());
		SupervisionService supervision = this.context.getBean(SupervisionService.class);
		for (int i = 0; i < 6; i++) {
			supervision.urge(new Urge(s.id(), this.f.current(s.id()).version(), null, "催办" + i), this.f.staff);
		}
		assertThat(pageStatements(s.id())).isEqualTo(before);
		assertThat(before).isLessThan(40);
	}

	@Test
	void theNumberIsShownProminentlyAndMarkupEscaped() throws Exception {
		SuggestionDetail s = this.f.proposed("<script>alert(2)</script>" + this.f.tag);
		this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(content().string(containsString("data-testid=\"suggestion-number\">" + s.number())))
			.andExpect(content().string(not(containsString("<script>alert(2)"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(2)")));
	}

	private long pageStatements(Long id) throws Exception {
		this.statements.reset();
		this.mvc.perform(get("/suggestions/" + id).with(user(this.f.staff))).andExpect(status().isOk());
		return this.statements.count();
	}

	private long current(SuggestionDetail s) {
		return this.f.current(s.id()).version();
	}

	private MockHttpServletRequestBuilder action(Long id, String action, long version) {
		return post("/suggestions/" + id + "/" + action).param("version", "" + version)
			.with(user(this.f.staff))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder proposal(UUID token, ProblemView problem, String title) {
		return proposal(token, problem, title, this.f.leadDeputy.getId());
	}

	private MockHttpServletRequestBuilder proposal(UUID token, ProblemView problem, String title, Long leadDeputyId) {
		return post("/suggestions/new").param("requestToken", token.toString())
			.param("problemIds", "" + problem.id())
			.param("title", title)
			.param("content", "建议内容")
			.param("categoryId", "" + this.f.categoryId)
			.param("level", "COUNTY")
			.param("congressTerm", "第十届")
			.param("leadDeputyId", (leadDeputyId != null) ? leadDeputyId.toString() : "")
			.param("coSignerDeputyIds", "" + this.f.coSigner.getId())
			.param("publicVisible", "true")
			.with(user(this.f.staff))
			.with(csrf());
	}

}
