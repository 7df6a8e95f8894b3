package org.deputyaction.organization.importer;

import java.nio.charset.StandardCharsets;

import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("admin")
	void administratorSeesTheImportPageWithTheColumnsAndTheDemoImport() throws Exception {
		this.mvc.perform(get("/admin/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入组织机构")))
			.andExpect(content().string(containsString("parent_code")))
			.andExpect(content().string(containsString("organization.csv")));
	}

	@Test
	@WithUserDetails("staff-lichuan")
	void countyStaffMayNotImport() throws Exception {
		this.mvc.perform(get("/admin/import")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/import/template.xlsx")).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/admin/import").file(csv("kind,code,name\nPREFECTURE,X,x\n")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("office")
	void prefectureOfficeMayNotImport() throws Exception {
		this.mvc.perform(get("/admin/import")).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/import")).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithUserDetails("admin")
	void fileWithProblemsShowsThemRowByRowInTheUsersLanguage() throws Exception {
		String file = "kind,code,name,parent_code\nTOWNSHIP,PT-1,甲镇,NO-SUCH-COUNTY\n";
		this.mvc.perform(multipart("/admin/import").file(csv(file)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有写入任何数据")))
			.andExpect(content().string(containsString("找不到编码“NO-SUCH-COUNTY”")))
			.andExpect(content().string(containsString("上级编码")));
		this.mvc.perform(multipart("/admin/import").file(csv(file)).param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nothing was written")))
			.andExpect(content().string(containsString("No code &quot;NO-SUCH-COUNTY&quot;")));
	}

	@Test
	@WithUserDetails("admin")
	void checkOnlyReportsCountsWithoutWriting() throws Exception {
		String file = "kind,code,name,parent_code\nSTATION,PT-CHECK-01,检查村代表联络站,ES-LC-JN\n";
		this.mvc.perform(multipart("/admin/import").file(csv(file)).param("checkOnly", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("检查通过")));
		this.mvc.perform(get("/public/stations/PT-CHECK-01")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("admin")
	@Transactional
	void goodFileIsImportedAndTheCountsAreShownAfterTheRedirect() throws Exception {
		String file = "kind,code,name,parent_code\nSTATION,PT-GOOD-01,示范村代表联络站,ES-LC-JN\n";
		this.mvc.perform(multipart("/admin/import").file(csv(file)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(flash().attribute("message", containsString("新建 1")));
	}

	@Test
	@WithUserDetails("admin")
	void missingFileIsShownNextToTheField() throws Exception {
		this.mvc.perform(multipart("/admin/import").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择要导入的文件")));
	}

	@Test
	@WithUserDetails("admin")
	void templatesDownloadAsXlsxAndCsvWithTheHeaderInTheUsersLanguage() throws Exception {
		MvcResult xlsx = this.mvc.perform(get("/admin/import/template.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn();
		byte[] workbook = xlsx.getResponse().getContentAsByteArray();
		ImportFileException headerOnly = org.assertj.core.api.Assertions.catchThrowableOfType(ImportFileException.class,
				() -> new TableReader(10).read("t.xlsx", workbook));
		assertThat(headerOnly.problem().messageKey()).isEqualTo("importer.error.noRows");
		MvcResult csv = this.mvc.perform(get("/admin/import/template.csv").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("类型"))))
			.andReturn();
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFkind,code,name,parent_code,level,group_code,short_name,address,phone\r\n");
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "organization.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
