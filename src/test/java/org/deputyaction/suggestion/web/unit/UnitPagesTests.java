package org.deputyaction.suggestion.web.unit;

import java.nio.charset.StandardCharsets;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AssignmentStatus;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.web.LoopPagesFixture;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitPagesTests {

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
	void queueListsTheUnitsAssignmentsWithCountsPerQueue() throws Exception {
		SuggestionDetail s = this.f.assigned("关于修复村道的建议");
		this.mvc.perform(get("/unit/assignments").with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(s.number()), containsString("关于修复村道的建议"),
					containsString("href=\"/unit/assignments/" + s.id() + "\""),
					containsString("data-testid=\"count-TO_SIGN_FOR\">1<"))));
		this.mvc.perform(get("/unit/assignments").param("queue", "TO_SIGN_FOR").with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(s.number())));
		this.mvc.perform(get("/unit/assignments").param("queue", "OBJECTIONS_PENDING").with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(s.number()))));
		this.mvc.perform(get("/unit/assignments").with(as(this.f.otherUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(s.number()))));
	}

	@Test
	void queuePagesFollowEachOtherAndCostTheSameStatementsWhateverTheData() throws Exception {
		this.f.assigned("第一条建议");
		this.statements.reset();
		this.mvc.perform(get("/unit/assignments").with(as(this.f.leadUnitUser))).andExpect(status().isOk());
		long few = this.statements.count();
		for (int i = 0; i < 21; i++) {
			this.f.assigned("更多建议" + i);
		}
		this.statements.reset();
		String page = this.mvc.perform(get("/unit/assignments").with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"next-page\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.statements.count()).isEqualTo(few);
		String next = page.replaceAll("(?s).*href=\"([^\"]*cursor=[^\"]*)\"[^>]*data-testid=\"next-page\".*", "$1")
			.replace("&amp;", "&");
		this.mvc.perform(get(next).with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一条建议")));
	}

	@Test
	void assignmentPageShowsTheItemDueDateAndTimelineButNoVoterContact() throws Exception {
		SuggestionDetail s = this.f.assigned("关于修复村道的建议");
		this.mvc.perform(get("/unit/assignments/" + s.id()).with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(s.number()), containsString(s.dueOn().toString()),
					containsString("data-testid=\"timeline\""), containsString("data-testid=\"sign-for\""),
					containsString("A类"), not(containsString(LoopPagesFixture.VOTER_PHONE)),
					not(containsString(LoopPagesFixture.VOTER_NAME)))));
	}

	@Test
	void unitSignsForItsAssignment() throws Exception {
		SuggestionDetail s = this.f.assigned("签收测试");
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + s.version())
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()))
			.andExpect(flash().attribute("message", "已签收。"));
		assertThat(this.f.get(s.id()).assignments().get(0).status()).isEqualTo(AssignmentStatus.SIGNED_FOR);
	}

	@Test
	void signingForWithAStaleVersionSaysSomeoneElseChangedItFirst() throws Exception {
		SuggestionDetail s = this.f.assigned("过期版本");
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + (s.version() - 1))
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()))
			.andExpect(flash().attribute("problem", containsString("其他用户已修改")));
		assertThat(this.f.get(s.id()).assignments().get(0).status()).isEqualTo(AssignmentStatus.PENDING);
	}

	@Test
	void signingForTwiceIsRefusedWithAMessageNotAnError() throws Exception {
		SuggestionDetail s = this.f.assigned("重复签收");
		this.mvc.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + s.version())
			.with(as(this.f.leadUnitUser))
			.with(csrf()));
		long version = this.f.get(s.id()).version();
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + version)
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()))
			.andExpect(flash().attribute("problem", containsString("现在不能进行")));
	}

	@Test
	void objectingNeedsAReasonShownNextToTheField() throws Exception {
		SuggestionDetail s = this.f.assigned("异议校验");
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/object").param("version", "" + s.version())
				.param("reason", " ")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("请填写此项。"))));
	}

	@Test
	void unitObjectsWithinTheWindow() throws Exception {
		SuggestionDetail s = this.f.assigned("提出异议");
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/object").param("version", "" + s.version())
				.param("reason", "不属于本单位职责")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()));
		assertThat(this.f.get(s.id()).assignments().get(0).status()).isEqualTo(AssignmentStatus.OBJECTED);
		this.mvc.perform(get("/unit/assignments").param("queue", "OBJECTIONS_PENDING").with(as(this.f.leadUnitUser)))
			.andExpect(content().string(containsString(s.number())));
	}

	@Test
	void leadUnitAsksForAnExtensionAndOnlyOneMayBeOpen() throws Exception {
		SuggestionDetail s = this.f.assigned("申请延期");
		this.mvc.perform(get("/unit/assignments/" + s.id()).with(as(this.f.leadUnitUser)))
			.andExpect(content().string(containsString(s.maxDueOn().toString())));
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/extension").param("version", "" + s.version())
				.param("requestedDueOn", s.dueOn().plusDays(20).toString())
				.param("reason", "需要协调资金")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()));
		SuggestionDetail after = this.f.get(s.id());
		assertThat(after.extensions()).hasSize(1);
		assertThat(after.status()).isEqualTo(LoopStatus.SUPERVISED);
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/extension").param("version", "" + after.version())
				.param("requestedDueOn", s.dueOn().plusDays(30).toString())
				.param("reason", "再次申请")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("现在不能进行"), containsString("再次申请"))));
		assertThat(this.f.get(s.id()).extensions()).hasSize(1);
	}

	@Test
	void anExtensionPastTheMaximumIsRefusedWithTheRulesMessage() throws Exception {
		SuggestionDetail s = this.f.assigned("超过上限");
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/extension").param("version", "" + s.version())
				.param("requestedDueOn", s.maxDueOn().plusDays(1).toString())
				.param("reason", "需要很久")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过了最长期限 " + s.maxDueOn())));
	}

	@Test
	void aStaleExtensionRequestKeepsTheInputAndSaysSo() throws Exception {
		SuggestionDetail s = this.f.assigned("并发修改");
		this.mvc.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + s.version())
			.with(as(this.f.leadUnitUser))
			.with(csrf()));
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/extension").param("version", "" + s.version())
				.param("requestedDueOn", s.dueOn().plusDays(10).toString())
				.param("reason", "我填写的理由")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("其他用户已修改"), containsString("我填写的理由"))));
		assertThat(this.f.get(s.id()).extensions()).isEmpty();
	}

	@Test
	void leadUnitRepliesWithResultClassAndMeasures() throws Exception {
		SuggestionDetail s = this.f.assigned("答复测试");
		MockMultipartFile pdf = new MockMultipartFile("files", "reply.pdf", "application/pdf",
				"%PDF-1.4 reply".getBytes(StandardCharsets.US_ASCII));
		this.mvc
			.perform(multipart("/unit/assignments/" + s.id() + "/reply").file(pdf)
				.param("version", "" + s.version())
				.param("resultClass", "B")
				.param("measures", "已列入明年计划")
				.param("content", "答复正文")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()));
		SuggestionDetail after = this.f.get(s.id());
		assertThat(after.status()).isEqualTo(LoopStatus.FED_BACK);
		assertThat(after.rounds().get(0).reply().measures()).isEqualTo("已列入明年计划");
		assertThat(after.rounds().get(0).reply().attachments()).hasSize(1);
	}

	@Test
	void aReplyWithAFileOfAForbiddenTypeIsRefusedAndKeepsTheText() throws Exception {
		SuggestionDetail s = this.f.assigned("附件类型");
		MockMultipartFile exe = new MockMultipartFile("files", "tool.exe", "application/octet-stream",
				new byte[] { 'M', 'Z', 1, 2 });
		this.mvc
			.perform(multipart("/unit/assignments/" + s.id() + "/reply").file(exe)
				.param("version", "" + s.version())
				.param("resultClass", "A")
				.param("measures", "已经修好的措施")
				.param("content", "答复正文")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("不支持文件“tool.exe”的类型"), containsString("已经修好的措施"))));
		assertThat(this.f.get(s.id()).status()).isEqualTo(LoopStatus.ASSIGNED);
	}

	@Test
	void aReplyWithoutResultClassShowsTheErrorNextToIt() throws Exception {
		SuggestionDetail s = this.f.assigned("缺少类别");
		this.mvc
			.perform(multipart("/unit/assignments/" + s.id() + "/reply").param("version", "" + s.version())
				.param("measures", "措施")
				.param("content", "")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择答复类别。"), containsString("请填写此项。"))));
	}

	@Test
	void anAssistingUnitGivesItsViewButCannotReplyOrAskForAnExtension() throws Exception {
		SuggestionDetail s = this.f.assigned("协办意见", this.f.assistingUnit);
		this.mvc
			.perform(multipart("/unit/assignments/" + s.id() + "/reply").param("version", "" + s.version())
				.param("resultClass", "A")
				.param("measures", "措施")
				.param("content", "内容")
				.with(as(this.f.assistingUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现在不能进行")));
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/extension").param("version", "" + s.version())
				.param("requestedDueOn", s.dueOn().plusDays(5).toString())
				.param("reason", "理由")
				.with(as(this.f.assistingUnitUser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现在不能进行")));
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/view").param("version", "" + s.version())
				.param("text", "同意主办单位意见")
				.with(as(this.f.assistingUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()));
		assertThat(this.f.get(s.id()).rounds().get(0).views()).hasSize(1);
	}

	@Test
	void unitReportsProgress() throws Exception {
		SuggestionDetail s = this.f.assigned("进展报告");
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/progress").param("version", "" + s.version())
				.param("text", "已完成勘察")
				.with(as(this.f.leadUnitUser))
				.with(csrf()))
			.andExpect(redirectedUrl("/unit/assignments/" + s.id()));
		assertThat(this.f.get(s.id()).supervision()).extracting(SuggestionDetail.SupervisionLine::text)
			.containsExactly("已完成勘察");
	}

	@Test
	void anotherUnitFindsNothing() throws Exception {
		SuggestionDetail s = this.f.assigned("他人事项");
		this.mvc.perform(get("/unit/assignments/" + s.id()).with(as(this.f.otherUnitUser)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + s.version())
				.with(as(this.f.otherUnitUser))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.f.get(s.id()).assignments().get(0).status()).isEqualTo(AssignmentStatus.PENDING);
	}

	@Test
	void otherRolesMayNotOpenTheUnitPages() throws Exception {
		SuggestionDetail s = this.f.assigned("角色限制");
		for (CurrentUser other : new CurrentUser[] { this.f.staff, this.f.deputy, this.f.admin }) {
			this.mvc.perform(get("/unit/assignments").with(as(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/unit/assignments/" + s.id()).with(as(other))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/unit/assignments/" + s.id() + "/sign-for").param("version", "" + s.version())
					.with(as(other))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void unitLandingPageAndMenuLinkTheAssignments() throws Exception {
		this.mvc.perform(get("/unit").with(as(this.f.leadUnitUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/unit/assignments\"")));
	}

	private static RequestPostProcessor as(CurrentUser principal) {
		return user(principal);
	}

}
