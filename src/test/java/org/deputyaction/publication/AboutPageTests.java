package org.deputyaction.publication;

import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public "about" page is the benchmarks' baseline: a Thymeleaf page in the public
 * layout that costs no SQL statement at all.
 */
@IntegrationTest
class AboutPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void aboutPageIsPublicAndCostsNoSqlStatement() throws Exception {
		this.mvc.perform(get("/public/about")).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get("/public/about"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"about\"")));
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aboutPageSpeaksEnglishWhenAsked() throws Exception {
		String body = this.mvc.perform(get("/public/about").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("The three lists").contains("How to raise a problem");
	}

}
