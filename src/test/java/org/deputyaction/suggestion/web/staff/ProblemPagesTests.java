package org.deputyaction.suggestion.web.staff;

import java.util.UUID;

import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProblemPagesTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	StaffPagesFixture f;

	@BeforeEach
	void setUp() {
		this.f = new StaffPagesFixture(this.context);
	}

	@Test
	void theRecordFormOffersTheCountysVenuesAndAFreshRequestToken() throws Exception {
		this.mvc.perform(get("/problems/new").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.f.station.getCode())))
			.andExpect(content().string(not(containsString(this.f.otherCountyStation.getCode()))))
			.andExpect(content().string(containsString("name=\"requestToken\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
	}

	@Test
	void recordingAProblemWithAPhotoShowsItsPageWithTheDownload() throws Exception {
		String title = "村道破损" + this.f.tag;
		String location = this.mvc
			.perform(form(UUID.randomUUID(), title).file(new MockMultipartFile("files", "photo.png", "image/png", PNG))
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0])))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/problems/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(location).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("photo.png")))
			.andExpect(content().string(containsString("周女士")))
			.andExpect(content().string(containsString("data-action=\"PROBLEM_RECORDED\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String download = page.replaceAll("(?s).*href=\"(/problems/\\d+/attachments/\\d+)\".*", "$1");
		this.mvc.perform(get(download).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		this.mvc.perform(get(download).with(user(this.f.otherCountyStaff))).andExpect(status().isNotFound());
	}

	@Test
	void aFormSubmittedTwiceRecordsOneProblem() throws Exception {
		UUID token = UUID.randomUUID();
		String title = "重复提交" + this.f.tag;
		String first = this.mvc.perform(form(token, title))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.perform(form(token, title))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class, title))
			.isEqualTo(1);
	}

	@Test
	void missingFieldsAreShownNextToThemAndTheInputIsKept() throws Exception {
		this.mvc.perform(form(UUID.randomUUID(), "").param("description", "保留这段描述" + this.f.tag))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("保留这段描述" + this.f.tag)));
		this.mvc.perform(form(UUID.randomUUID(), "站点不存在").param("venueCode", this.f.otherCountyStation.getCode()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("找不到该代表之家或联络站")));
	}

	@Test
	void aFileOverTheLimitIsRefusedClearlyAndNothingTypedIsLost() throws Exception {
		byte[] big = new byte[20 * 1024 * 1024];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		String title = "大文件" + this.f.tag;
		this.mvc
			.perform(form(UUID.randomUUID(), title).file(new MockMultipartFile("files", "big.png", "image/png", big)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("文件“big.png”超过了允许的大小")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")))
			.andExpect(content().string(containsString("请重新选择要上传的文件")));
		assertThat(this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class, title))
			.isZero();
	}

	@Test
	void aFileOfAnotherTypeIsRefusedClearly() throws Exception {
		this.mvc
			.perform(form(UUID.randomUUID(), "脚本文件" + this.f.tag)
				.file(new MockMultipartFile("files", "run.exe", "image/png", "MZ not a picture".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不支持文件“run.exe”的类型")));
	}

	@Test
	void aTitleWithMarkupIsShownAsText() throws Exception {
		ProblemView problem = this.f.problem("<script>alert(1)</script>" + this.f.tag);
		this.mvc.perform(get("/problems/" + problem.id()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		this.mvc.perform(get("/work").with(user(this.f.staff)))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void resolvingOnTheSpotSettlesTheProblem() throws Exception {
		ProblemView problem = this.f.problem("当场解决" + this.f.tag);
		this.mvc
			.perform(post("/problems/" + problem.id() + "/resolve").param("version", "" + problem.version())
				.param("reason", "现场协调解决")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(problems().get(problem.id(), this.f.staff).status()).isEqualTo(LoopStatus.RESOLVED_DIRECTLY);
		this.mvc.perform(get("/problems/" + problem.id()).with(user(this.f.staff)))
			.andExpect(content().string(containsString("现场协调解决")))
			.andExpect(content().string(containsString("data-action=\"PROBLEM_RESOLVED_DIRECTLY\"")));
	}

	@Test
	void declineNeedsAReason() throws Exception {
		ProblemView problem = this.f.problem("不予受理" + this.f.tag);
		this.mvc
			.perform(post("/problems/" + problem.id() + "/decline").param("version", "" + problem.version())
				.param("reason", "")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-decline-error\"")));
	}

	@Test
	void mergingFindsTheTargetByItsNumber() throws Exception {
		ProblemView target = this.f.problem("合并目标" + this.f.tag);
		ProblemView problem = this.f.problem("被合并" + this.f.tag);
		this.mvc
			.perform(post("/problems/" + problem.id() + "/merge").param("version", "" + problem.version())
				.param("reason", "同一问题")
				.param("targetTrackingNumber", "NOPE-NOPE")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("找不到该编号的问题")));
		this.mvc
			.perform(post("/problems/" + problem.id() + "/merge").param("version", "" + problem.version())
				.param("reason", "同一问题")
				.param("targetTrackingNumber", target.trackingNumber().toLowerCase())
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(problems().get(problem.id(), this.f.staff).mergedIntoId()).isEqualTo(target.id());
	}

	@Test
	void aStaleVersionShowsWhoChangedFirstAndKeepsTheReason() throws Exception {
		ProblemView problem = this.f.problem("并发" + this.f.tag);
		this.mvc
			.perform(post("/problems/" + problem.id() + "/resolve").param("version", "" + (problem.version() + 5))
				.param("reason", "我写的理由" + this.f.tag)
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他用户已修改了这条内容")))
			.andExpect(content().string(containsString("我写的理由" + this.f.tag)))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + problem.version() + "\"")));
	}

	@Test
	void settlingTwiceIsRefusedWithAMessage() throws Exception {
		ProblemView problem = this.f.problem("已处理" + this.f.tag);
		ProblemView resolved = problems().resolveDirectly(
				new org.deputyaction.suggestion.ProblemCommands.SettleProblem(problem.id(), problem.version(), "已解决"),
				this.f.staff);
		this.mvc
			.perform(post("/problems/" + problem.id() + "/decline").param("version", "" + resolved.version())
				.param("reason", "再次处理")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("data-testid=\"error-message\"")));
	}

	private ProblemService problems() {
		return this.context.getBean(ProblemService.class);
	}

	private MockMultipartHttpServletRequestBuilder form(UUID token, String title) {
		MockMultipartHttpServletRequestBuilder request = multipart("/problems/new");
		request.param("requestToken", token.toString())
			.param("venueCode", this.f.station.getCode())
			.param("title", title)
			.param("description", "村道多处坑洼。")
			.param("source", "RECEPTION_DAY")
			.param("foundOn", this.f.today().toString())
			.param("contactName", "周女士")
			.param("contactPhone", "13900000000")
			.with(user(this.f.staff))
			.with(csrf());
		return request;
	}

}
