package org.deputyaction.suggestion.web.staff;

import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.KeptPages;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page of a work queue is rendered once for every reader of the same scope, queue,
 * filters and page, never shown to a reader of another scope, and rendered afresh after
 * any change of the loop; a rejected filter is shown back to its reader only.
 */
@IntegrationTest
@CachesOn
class WorkQueueCacheTests {

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
	void aKeptPageIsGivenUntilTheLoopChanges() throws Exception {
		var first = this.f.proposed("第一条待交办" + this.f.tag);
		String page = KeptPages.read(this.mvc, "/work?queue=TO_ASSIGN", this.f.staff);
		assertThat(page).contains(first.number()).doesNotContain("th:utext");

		this.statements.reset();
		this.statements.record();
		assertThat(KeptPages.main(KeptPages.read(this.mvc, "/work?queue=TO_ASSIGN", this.f.staff)))
			.isEqualTo(KeptPages.main(page));
		assertThat(KeptPages.pageStatements(this.statements)).as("a kept page reads nothing more").isEmpty();

		var second = this.f.proposed("第二条待交办" + this.f.tag);
		assertThat(KeptPages.read(this.mvc, "/work?queue=TO_ASSIGN", this.f.staff)).contains(first.number(),
				second.number());
	}

	@Test
	void aPageKeptForOneCountyIsNeverShownInAnother() throws Exception {
		var proposed = this.f.proposed("本县待交办" + this.f.tag);
		assertThat(KeptPages.read(this.mvc, "/work?queue=SEARCH", this.f.staff)).contains(proposed.number());
		assertThat(KeptPages.read(this.mvc, "/work?queue=SEARCH", this.f.office)).contains(proposed.number());
		assertThat(KeptPages.read(this.mvc, "/work?queue=SEARCH", this.f.otherCountyStaff))
			.doesNotContain(proposed.number());
		this.mvc.perform(get("/work?queue=SEARCH").with(user(this.f.deputy))).andExpect(status().isForbidden());
	}

	@Test
	void eachFilterHasItsOwnPageAndARejectedOneIsNotKept() throws Exception {
		var proposed = this.f.proposed("路灯维修" + this.f.tag);
		assertThat(KeptPages.read(this.mvc, "/work?queue=SEARCH&q=" + this.f.tag, this.f.staff))
			.contains(proposed.number());
		assertThat(KeptPages.read(this.mvc, "/work?queue=SEARCH&q=nothing-like-this", this.f.staff))
			.doesNotContain(proposed.number());

		String rejected = this.mvc.perform(get("/work?queue=SEARCH&from=yesterday").with(user(this.f.staff)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rejected).contains("data-testid=\"bad-filter\"");
		assertThat(KeptPages.read(this.mvc, "/work?queue=SEARCH", this.f.staff))
			.doesNotContain("data-testid=\"bad-filter\"");
	}

}
