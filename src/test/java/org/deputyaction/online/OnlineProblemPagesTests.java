package org.deputyaction.online;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.deputyaction.online.internal.FormTokens;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.web.LoopPagesFixture;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Voters raise a problem online from a station's public page: the form, what it refuses
 * (in the voter's language, keeping what they typed), the confirmation with the tracking
 * number and key, the limits per address and station, and the problem in the county
 * staff's queue with the contact kept private.
 */
@IntegrationTest
class OnlineProblemPagesTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	LoopPagesFixture f;

	OnlineChannel online;

	String address;

	@BeforeEach
	void setUp() {
		this.f = new LoopPagesFixture(this.context);
		this.online = new OnlineChannel(this.context);
		this.address = OnlineChannel.newAddress();
	}

	@Test
	void theStationPageLeadsToTheForm() throws Exception {
		this.mvc.perform(get("/public/stations/" + this.f.station.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + OnlineChannel.formPath(this.f.station) + "\"")))
			.andExpect(content().string(containsString("反映问题")));
	}

	@Test
	void theFormHasTheSignedTimestampAndTheHoneypotAndOpensNoSession() throws Exception {
		MvcResult result = this.mvc.perform(get(OnlineChannel.formPath(this.f.station)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"formToken\"")))
			.andExpect(content().string(containsString("name=\"requestToken\"")))
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(containsString("name=\"consent\"")))
			.andExpect(content().string(containsString("accept=\"image/jpeg,image/png\"")))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void anUnknownOrInactiveStationHasNoForm() throws Exception {
		this.mvc.perform(get("/public/stations/NO-SUCH-STATION/problems/new")).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/homes/" + this.f.station.getCode() + "/problems/new"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRaisedProblemGetsATrackingNumberAndAKeyShownOnceAndOnlyItsHashIsKept() throws Exception {
		String title = "网上反映路灯" + UUID.randomUUID();
		String page = this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.file(new MockMultipartFile("photo", "lamp.png", "image/png", PNG)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("请保存好查询编号和私钥")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = OnlineChannel.trackingNumber(page);
		String key = OnlineChannel.key(page);
		assertThat(page).contains("/public/issues/" + number + "?key=" + key);
		Map<String, Object> row = this.jdbc.queryForMap(
				"select source, contact_name, contact_phone, tracking_key_hash, recorded_by_user_id, spam, county_id"
						+ " from problem where tracking_number = ?",
				number);
		assertThat(row.get("source")).isEqualTo(ProblemSource.ONLINE.name());
		assertThat(row.get("contact_name")).isEqualTo(OnlineChannel.VOTER_NAME);
		assertThat(row.get("recorded_by_user_id")).isNull();
		assertThat(row.get("county_id")).isEqualTo(this.f.county.getId());
		assertThat((String) row.get("tracking_key_hash")).hasSize(64).doesNotContain(key.replace("-", ""));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from loop_attachment a join problem p on p.id = a.problem_id where p.tracking_number = ?",
				Long.class, number))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from timeline_entry t join problem p on p.id = t.problem_id"
						+ " where p.tracking_number = ? and t.action = 'PROBLEM_RECORDED' and t.actor_user_id is null",
				Long.class, number))
			.isEqualTo(1);
	}

	@Test
	void theSameFormSentTwiceRecordsOneProblemAndShowsNoKeyTheSecondTime() throws Exception {
		String title = "重复提交" + UUID.randomUUID();
		var submission = this.online.submission(this.f.station, this.address, title);
		String first = this.mvc.perform(submission).andReturn().getResponse().getContentAsString();
		String second = this.mvc.perform(submission)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"already-received\"")))
			.andExpect(content().string(not(containsString("data-testid=\"tracking-key\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(OnlineChannel.trackingNumber(second)).isEqualTo(OnlineChannel.trackingNumber(first));
		assertThat(countByTitle(title)).isEqualTo(1);
	}

	@Test
	void missingFieldsAreRefusedBesideTheFieldsInChineseKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, "")
				.with(OnlineChannel.field("description", "只写了描述"))
				.with(OnlineChannel.field("consent", "false"))
				.with(OnlineChannel.field("contactPhone", "call me")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必填。")))
			.andExpect(content().string(containsString("请阅读并同意后再提交。")))
			.andExpect(content().string(containsString("电话号码只能包含数字")))
			.andExpect(content().string(containsString("只写了描述")));
	}

	@Test
	void missingFieldsAreRefusedInEnglishForAnEnglishReader() throws Exception {
		String tooLong = "x".repeat(101);
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, tooLong)
				.with(OnlineChannel.field("consent", "false"))
				.cookie(new Cookie("lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("At most 100 characters.")))
			.andExpect(content().string(containsString("Please read and accept this before sending.")))
			.andExpect(content().string(containsString(tooLong)));
	}

	@Test
	void theHoneypotFilledInRecordsNothing() throws Exception {
		String title = "机器人" + UUID.randomUUID();
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.with(OnlineChannel.field("website", "http://spam")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("应当留空的隐藏项被填写了")))
			.andExpect(content().string(containsString(title)));
		assertThat(countByTitle(title)).isZero();
	}

	@Test
	void aFormSentBackFasterThanAPersonCanFillItInIsRefusedAndCanBeSentAgain() throws Exception {
		String title = "太快" + UUID.randomUUID();
		UUID requestToken = UUID.randomUUID();
		String fresh = this.context.getBean(FormTokens.class).issue(requestToken, this.f.station.getCode());
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.with(OnlineChannel.field("requestToken", requestToken.toString()))
				.with(OnlineChannel.field("formToken", fresh)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("提交得太快了")))
			.andExpect(content().string(containsString(fresh)));
		assertThat(countByTitle(title)).isZero();
	}

	@Test
	void aForgedOrForeignFormTokenIsRefused() throws Exception {
		String title = "伪造" + UUID.randomUUID();
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.with(OnlineChannel.field("formToken", "1.forged")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这份表单无法核验")));
		String otherStations = this.context.getBean(FormTokens.class)
			.issue(UUID.randomUUID(), this.f.otherStation.getCode(), java.time.Instant.now().minusSeconds(60));
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.with(OnlineChannel.field("formToken", otherStations)))
			.andExpect(status().isBadRequest());
		assertThat(countByTitle(title)).isZero();
	}

	@Test
	void aPhotoThatIsNotAJpegOrPngOrTooLargeIsRefusedBesideThePhotoField() throws Exception {
		String title = "照片" + UUID.randomUUID();
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.file(new MockMultipartFile("photo", "doc.png", "image/png", "%PDF-1.4 not an image".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是 JPG 或 PNG 图片")));
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		this.mvc
			.perform(this.online.submission(this.f.station, this.address, title)
				.file(new MockMultipartFile("photo", "big.png", "image/png", large)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("照片太大,最大 5 MB。")));
		assertThat(countByTitle(title)).isZero();
	}

	@Test
	void aRequestLargerThanAPhotoAndTextIsRefusedBeforeItIsRead() throws Exception {
		this.mvc.perform(this.online.submission(this.f.station, this.address, "大").with((r) -> {
			r.setContent(new byte[6 * 1024 * 1024]);
			return r;
		})).andExpect(status().isPayloadTooLarge()).andExpect(content().string(containsString("提交的内容太大")));
	}

	@Test
	void aBurstFromOneAddressIsRefusedPolitelyWhileAnotherAddressStillGetsThrough() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(this.online.submission(this.f.station, this.address, "连发" + i + UUID.randomUUID()))
				.andExpect(status().isOk());
		}
		String refused = "第六件" + UUID.randomUUID();
		this.mvc.perform(this.online.submission(this.f.station, this.address, refused))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("在一小时内已提交了 5 件问题")));
		this.mvc.perform(this.online.submission(this.f.station, this.address, refused).cookie(new Cookie("lang", "en")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Your network has sent 5 problems within the hour")));
		assertThat(countByTitle(refused)).isZero();
		this.mvc.perform(this.online.submission(this.f.station, OnlineChannel.newAddress(), refused))
			.andExpect(status().isOk());
		assertThat(countByTitle(refused)).isEqualTo(1);
	}

	@Test
	void submissionsRefusedByValidationDoNotUseUpTheAddresssAllowance() throws Exception {
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(this.online.submission(this.f.station, this.address, ""))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(this.online.submission(this.f.station, this.address, "仍可提交" + UUID.randomUUID()))
			.andExpect(status().isOk());
	}

	@Test
	void countyStaffFindTheOnlineProblemInTheirQueueWithTheContactOnItsPageOnly() throws Exception {
		String title = "工作台可见" + UUID.randomUUID();
		String page = this.mvc.perform(this.online.submission(this.f.station, this.address, title))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = OnlineChannel.trackingNumber(page);
		Long id = this.jdbc.queryForObject("select id from problem where tracking_number = ?", Long.class, number);
		this.mvc.perform(get("/work").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("data-testid=\"online-badge\"")))
			.andExpect(content().string(not(containsString(OnlineChannel.VOTER_PHONE))));
		this.mvc.perform(get("/problems/" + id).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(OnlineChannel.VOTER_NAME)))
			.andExpect(content().string(containsString(OnlineChannel.VOTER_PHONE)))
			.andExpect(content().string(containsString("您填写的理由会显示在选民的查询页面上")));
		ProblemView seenByDeputy = this.context.getBean(ProblemService.class).get(id, this.f.deputy);
		assertThat(seenByDeputy.title()).isEqualTo(title);
		assertThat(seenByDeputy.contactName()).isNull();
		assertThat(seenByDeputy.contactPhone()).isNull();
		this.mvc.perform(get("/public/stations/" + this.f.station.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(OnlineChannel.VOTER_NAME))))
			.andExpect(content().string(not(containsString(OnlineChannel.VOTER_PHONE))));
	}

	private long countByTitle(String title) {
		Long count = this.jdbc.queryForObject("select count(*) from problem where title = ?", Long.class, title);
		return (count != null) ? count : 0;
	}

}
