package org.deputyaction.suggestion.register;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register pages with the real security: upload, preview, import, the batch and the
 * reports it feeds, errors in both languages, templates, and who may use them.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class RegisterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void officeChecksThenImportsARegisterAndTheDashboardShowsTheExpectedRates() throws Exception {
		RegisterFixture f = new RegisterFixture(this.context);
		MockMultipartFile file = new MockMultipartFile("file", "2025年台账.csv", "text/csv", f.csv());

		String preview = this.mvc
			.perform(multipart("/registers").file(file).param("checkOnly", "true").with(user(f.office)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("data-testid=\"register-preview\"", f.county.getName(), "检查通过");

		String location = this.mvc.perform(multipart("/registers").file(file).with(user(f.office)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/registers/*"))
			.andExpect(flash().attribute("message", "已导入 20 行台账。"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String batch = this.mvc.perform(get(location).with(user(f.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(batch).contains("2025年台账.csv", "村道硬化", "R20", "/suggestions/", "/problems/");

		String dashboard = this.mvc
			.perform(get("/reports?period=YEAR&year=2025&county=" + f.county.getId()).with(user(f.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).contains(RegisterFixture.CLOSURE_RATE, RegisterFixture.REPLY_RATE,
				RegisterFixture.ON_TIME_RATE, RegisterFixture.SATISFACTION_RATE, RegisterFixture.SOLVED_RATE);

		String list = this.mvc.perform(get("/registers").with(user(f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("data-testid=\"register-history\"", "2025年台账.csv", location);
		this.mvc.perform(get(location).with(user(f.otherStaff))).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/registers").with(user(f.otherStaff)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(location + "\"");
	}

	@Test
	void problemsAreListedWithRowAndColumnInTheUsersLanguage() throws Exception {
		RegisterFixture f = new RegisterFixture(this.context);
		String bad = f.fill("register_number,station,title,status,found_on\nB1,{S1},x,FOUND,2025-02-30\n");
		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8));
		String en = this.mvc
			.perform(multipart("/registers").file(file).param("lang", "en").with(user(f.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains("data-testid=\"register-problems\"", "Not imported: 1 problems found",
				"&quot;2025-02-30&quot; is not a date", "found_on");
		String zh = this.mvc.perform(multipart("/registers").file(file).with(user(f.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains("未导入", "不是日期", "发现日期", "<td class=\"text-end\">2</td>");
		String none = this.mvc.perform(multipart("/registers").with(user(f.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("请选择要导入的文件。");
	}

	@Test
	void templatesCarryTheHeadersInTheUsersLanguageAndAnEmptyTemplateIsRefused() throws Exception {
		RegisterFixture f = new RegisterFixture(this.context);
		byte[] csv = this.mvc.perform(get("/registers/template.csv").with(user(f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\u53f0\u8d26\u7f16\u53f7,");
		String english = this.mvc.perform(get("/registers/template.csv?lang=en").with(user(f.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("register_number,county,station,title");
		byte[] xlsx = this.mvc.perform(get("/registers/template.xlsx").with(user(f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellCount()).isEqualTo(RegisterColumn.values().length);
			List<Row> help = workbook.getSheet(1).orElseThrow().read();
			assertThat(help).hasSize(RegisterColumn.values().length + 1);
		}
		String page = this.mvc
			.perform(multipart("/registers")
				.file(new MockMultipartFile("file", "template.xlsx", "application/octet-stream", xlsx))
				.with(user(f.staff))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("文件只有表头,没有数据行。");
	}

	@Test
	@WithUserDetails("deputy")
	void deputiesCannotOpenTheRegisterPages() throws Exception {
		this.mvc.perform(get("/registers")).andExpect(status().isForbidden());
		this.mvc.perform(get("/registers/template.csv")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("unit")
	void handlingUnitsCannotOpenTheRegisterPages() throws Exception {
		this.mvc.perform(get("/registers")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("office")
	void theOfficeFindsTheRegisterPageInTheMenu() throws Exception {
		String html = this.mvc.perform(get("/registers"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"menu-registers\"", "导入台账", "/registers/template.xlsx",
				"register_number", "办理工作满意度");
	}

}
