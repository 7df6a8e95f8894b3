package org.deputyaction.suggestion.web.admin;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.AdminCommands.UpdateLoopSettings;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.CategoryService.CategoryNode;
import org.deputyaction.suggestion.HolidayKind;
import org.deputyaction.suggestion.HolidayService;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.web.LoopPagesFixture;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdminLoopPagesTests {

	/** A year no other test uses, so that its holidays change no one's deadlines. */
	private static final int YEAR = 2093;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	LoopSettingsService settings;

	@Autowired
	CategoryService categories;

	@Autowired
	HolidayService holidays;

	LoopPagesFixture f;

	LoopSettings before;

	@BeforeEach
	void fixture() {
		this.f = new LoopPagesFixture(this.context);
		this.before = this.settings.current();
	}

	@AfterEach
	void restoreSettingsAndHolidays() {
		LoopSettings now = this.settings.current();
		this.settings
			.update(new UpdateLoopSettings(now.getVersion(), this.before.rules(), this.before.getMaxAttachmentBytes(),
					this.before.getAllowedAttachmentTypes(), this.before.getPostingIntervalMonths()), this.f.admin);
		this.holidays.year(YEAR).forEach((day) -> this.holidays.remove(day.getDay(), this.f.admin));
	}

	@Test
	void settingsPageShowsEveryNumberAndSavesNewOnes() throws Exception {
		LoopSettings current = this.settings.current();
		this.mvc.perform(get("/admin/loop-settings").with(as(this.f.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"dueMonths\""),
					containsString("name=\"maxMonths\""), containsString("name=\"rehandlingMonths\""),
					containsString("name=\"objectionDays\""), containsString("name=\"nearDueDays\""),
					containsString("name=\"assistingViewDays\""), containsString("value=\"WORKING_DAYS\""),
					containsString("name=\"maxAttachmentKb\""), containsString("name=\"postingIntervalMonths\""))));
		this.mvc
			.perform(post("/admin/loop-settings").with(as(this.f.admin))
				.with(csrf())
				.param("version", "" + current.getVersion())
				.param("dueMonths", "2")
				.param("maxMonths", "5")
				.param("rehandlingMonths", "1")
				.param("objectionDays", "7")
				.param("nearDueDays", "10")
				.param("assistingViewDays", "20")
				.param("counting", "WORKING_DAYS")
				.param("maxAttachmentKb", "2048")
				.param("allowedTypes", "PDF", "JPEG")
				.param("postingIntervalMonths", "3"))
			.andExpect(redirectedUrl("/admin/loop-settings"))
			.andExpect(flash().attribute("message", "设置已保存。"));
		LoopSettings after = this.settings.current();
		assertThat(after.getPostingIntervalMonths()).isEqualTo(3);
		assertThat(after.rules().dueMonths()).isEqualTo(2);
		assertThat(after.rules().objectionDays()).isEqualTo(7);
		assertThat(after.getMaxAttachmentBytes()).isEqualTo(2048L * 1024);
		assertThat(after.getAllowedAttachmentTypes()).hasSize(2);
	}

	@Test
	void settingsOutOfRangeAreShownNextToTheirFields() throws Exception {
		LoopSettings current = this.settings.current();
		this.mvc
			.perform(post("/admin/loop-settings").with(as(this.f.admin))
				.with(csrf())
				.param("version", "" + current.getVersion())
				.param("dueMonths", "6")
				.param("maxMonths", "3")
				.param("rehandlingMonths", "1")
				.param("objectionDays", "999")
				.param("nearDueDays", "abc")
				.param("assistingViewDays", "20")
				.param("counting", "CALENDAR_DAYS")
				.param("maxAttachmentKb", "2048"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("最长办理期限不能短于办理期限"), containsString("数值超出允许的范围"),
					containsString("请填写整数"), containsString("请至少选择一种文件类型"))));
		assertThat(this.settings.current().getVersion()).isEqualTo(current.getVersion());
	}

	@Test
	void settingsSavedOnAStaleVersionAreKeptWithAMessage() throws Exception {
		LoopSettings current = this.settings.current();
		this.mvc
			.perform(post("/admin/loop-settings").with(as(this.f.admin))
				.with(csrf())
				.param("version", "" + (current.getVersion() - 1))
				.param("dueMonths", "4")
				.param("maxMonths", "8")
				.param("rehandlingMonths", "1")
				.param("objectionDays", "10")
				.param("nearDueDays", "15")
				.param("assistingViewDays", "30")
				.param("counting", "CALENDAR_DAYS")
				.param("maxAttachmentKb", "2048")
				.param("allowedTypes", "PDF")
				.param("postingIntervalMonths", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("其他用户已修改"), containsString("value=\"8\""))));
		assertThat(this.settings.current().rules().dueMonths()).isEqualTo(current.rules().dueMonths());
	}

	@Test
	void aPostingIntervalOutsideNoughtToTwelveMonthsIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		LoopSettings current = this.settings.current();
		for (String interval : new String[] { "13", "-1", "" }) {
			this.mvc.perform(settingsWithPostingInterval(current, interval))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"postingIntervalMonths\""),
						org.hamcrest.Matchers
							.matchesPattern("(?s).*<input(?=[^>]*id=\"postingIntervalMonths\")[^>]*is-invalid.*"),
						org.hamcrest.Matchers.anyOf(containsString("数值超出允许的范围"), containsString("请填写数字")))));
		}
		LoopSettings after = this.settings.current();
		assertThat(after.getVersion()).isEqualTo(current.getVersion());
		assertThat(after.getPostingIntervalMonths()).isEqualTo(current.getPostingIntervalMonths());
	}

	@Test
	void aPostingIntervalOfNoughtIsSavedAndTurnsThePostingRemindersOff() throws Exception {
		LoopSettings current = this.settings.current();
		this.mvc.perform(settingsWithPostingInterval(current, "0"))
			.andExpect(redirectedUrl("/admin/loop-settings"))
			.andExpect(flash().attribute("message", "设置已保存。"));
		assertThat(this.settings.current().getPostingIntervalMonths()).isZero();
		this.mvc.perform(get("/admin/loop-settings?lang=en").with(as(this.f.admin)))
			.andExpect(content().string(allOf(containsString("Post the three lists every (months)"),
					containsString("0 for no reminders"))));
	}

	private org.springframework.test.web.servlet.RequestBuilder settingsWithPostingInterval(LoopSettings current,
			String interval) {
		LoopRulesParams rules = new LoopRulesParams(current);
		return post("/admin/loop-settings").with(as(this.f.admin))
			.with(csrf())
			.param("version", "" + current.getVersion())
			.param("dueMonths", rules.due)
			.param("maxMonths", rules.max)
			.param("rehandlingMonths", rules.rehandling)
			.param("objectionDays", rules.objection)
			.param("nearDueDays", rules.nearDue)
			.param("assistingViewDays", rules.assistingView)
			.param("counting", current.rules().counting().name())
			.param("maxAttachmentKb", "" + current.getMaxAttachmentBytes() / 1024)
			.param("allowedTypes", current.getAllowedAttachmentTypes().stream().map(Enum::name).toArray(String[]::new))
			.param("postingIntervalMonths", interval);
	}

	/** The current numbers as form parameters. */
	private record LoopRulesParams(String due, String max, String rehandling, String objection, String nearDue,
			String assistingView) {

		LoopRulesParams(LoopSettings settings) {
			this("" + settings.rules().dueMonths(), "" + settings.rules().maxMonths(),
					"" + settings.rules().rehandlingMonths(), "" + settings.rules().objectionDays(),
					"" + settings.rules().nearDueDays(), "" + settings.rules().assistingViewDays());
		}

	}

	@Test
	void administratorAddsRenamesAndDeactivatesCategories() throws Exception {
		String code = OrganizationFixture.code("CAT").replace('-', '_').toUpperCase();
		this.mvc
			.perform(post("/admin/categories").with(as(this.f.admin))
				.with(csrf())
				.param("code", code)
				.param("name", "新的大类")
				.param("sortOrder", "900"))
			.andExpect(redirectedUrl("/admin/categories"));
		CategoryNode top = find(code);
		this.mvc
			.perform(post("/admin/categories").with(as(this.f.admin))
				.with(csrf())
				.param("parentId", top.id().toString())
				.param("code", code + "_SUB")
				.param("name", "新的小类")
				.param("sortOrder", "1"))
			.andExpect(redirectedUrl("/admin/categories"));
		this.mvc.perform(get("/admin/categories").with(as(this.f.admin)))
			.andExpect(content().string(allOf(containsString("新的大类"), containsString("新的小类"))));
		this.mvc
			.perform(post("/admin/categories/" + top.id()).with(as(this.f.admin))
				.with(csrf())
				.param("version", "" + top.version())
				.param("name", "改名的大类")
				.param("sortOrder", "901")
				.param("active", "true"))
			.andExpect(redirectedUrl("/admin/categories"));
		CategoryNode renamed = find(code);
		assertThat(renamed.name()).isEqualTo("改名的大类");
		assertThat(renamed.sortOrder()).isEqualTo(901);
		this.mvc
			.perform(post("/admin/categories/" + top.id() + "/active").with(as(this.f.admin))
				.with(csrf())
				.param("version", "" + renamed.version())
				.param("active", "false"))
			.andExpect(flash().attribute("message", containsString("已停用")));
		assertThat(find(code).active()).isFalse();
		assertThat(this.categories.tree(true)).noneMatch((c) -> c.code().equals(code));
	}

	@Test
	void aTakenCodeABadCodeAndAStaleEditAreExplained() throws Exception {
		CategoryNode existing = this.categories.tree(false).get(0);
		this.mvc
			.perform(post("/admin/categories").with(as(this.f.admin))
				.with(csrf())
				.param("code", existing.code())
				.param("name", "重复")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分类编码 " + existing.code() + " 已存在")));
		this.mvc
			.perform(post("/admin/categories").with(as(this.f.admin))
				.with(csrf())
				.param("code", "bad code!")
				.param("name", "")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("编码只能包含"), containsString("请填写此项。"))));
		this.mvc
			.perform(post("/admin/categories/" + existing.id()).with(as(this.f.admin))
				.with(csrf())
				.param("version", "" + (existing.version() + 5))
				.param("name", "并发改名")
				.param("sortOrder", "" + existing.sortOrder())
				.param("active", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("其他用户已修改"), containsString("并发改名"))));
		assertThat(find(existing.code()).name()).isEqualTo(existing.name());
	}

	@Test
	void administratorEntersAndRemovesHolidaysOfAYear() throws Exception {
		this.mvc
			.perform(post("/admin/holidays").with(as(this.f.admin))
				.with(csrf())
				.param("day", YEAR + "-05-01")
				.param("kind", "HOLIDAY")
				.param("name", "劳动节"))
			.andExpect(redirectedUrl("/admin/holidays?year=" + YEAR));
		this.mvc
			.perform(post("/admin/holidays/bulk").with(as(this.f.admin))
				.with(csrf())
				.param("lines", YEAR + "-10-01~" + YEAR + "-10-03 国庆节\n" + YEAR + "-09-27")
				.param("kind", "HOLIDAY")
				.param("name", "补充"))
			.andExpect(flash().attribute("message", "已登记 4 天。"));
		this.mvc.perform(get("/admin/holidays").param("year", "" + YEAR).with(as(this.f.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("劳动节"), containsString("国庆节"),
					containsString(YEAR + "-10-03"), containsString("补充"))));
		this.mvc
			.perform(post("/admin/holidays/remove").with(as(this.f.admin)).with(csrf()).param("day", YEAR + "-05-01"))
			.andExpect(redirectedUrl("/admin/holidays?year=" + YEAR));
		assertThat(this.holidays.year(YEAR)).extracting((h) -> h.getDay())
			.containsExactly(LocalDate.of(YEAR, 9, 27), LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR, 10, 2),
					LocalDate.of(YEAR, 10, 3));
		assertThat(this.holidays.year(YEAR)).allMatch((h) -> h.getKind() == HolidayKind.HOLIDAY);
	}

	@Test
	void aPastedListWithABadLineSavesNothingAndNamesTheLine() throws Exception {
		this.mvc
			.perform(post("/admin/holidays/bulk").with(as(this.f.admin))
				.with(csrf())
				.param("lines", YEAR + "-02-10 春节\n" + YEAR + "-02-30 春节")
				.param("kind", "MAKEUP_WORKDAY")
				.param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 行")));
		this.mvc
			.perform(post("/admin/holidays").with(as(this.f.admin))
				.with(csrf())
				.param("day", "")
				.param("kind", "HOLIDAY")
				.param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写日期。")));
		assertThat(this.holidays.year(YEAR)).isEmpty();
	}

	@Test
	void onlyAdministratorsOpenTheSettingsCategoriesAndHolidays() throws Exception {
		for (CurrentUser other : new CurrentUser[] { this.f.staff, this.f.deputy, this.f.leadUnitUser }) {
			for (String path : new String[] { "/admin/loop-settings", "/admin/categories", "/admin/holidays" }) {
				this.mvc.perform(get(path).with(as(other))).andExpect(status().isForbidden());
			}
			this.mvc
				.perform(post("/admin/holidays").with(as(other))
					.with(csrf())
					.param("day", YEAR + "-01-01")
					.param("kind", "HOLIDAY")
					.param("name", "元旦"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.holidays.year(YEAR)).isEmpty();
	}

	@Test
	void administrationLandingPageLinksTheLoopPages() throws Exception {
		this.mvc.perform(get("/admin").with(as(this.f.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/admin/loop-settings\""),
					containsString("href=\"/admin/categories\""), containsString("href=\"/admin/holidays\""))));
	}

	private CategoryNode find(String code) {
		return this.categories.tree(false)
			.stream()
			.flatMap((top) -> Stream.concat(Stream.of(top), top.children().stream()))
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static RequestPostProcessor as(CurrentUser principal) {
		return user(principal);
	}

}
