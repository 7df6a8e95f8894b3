package org.deputyaction.suggestion.web.staff;

import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkQueuePagesTests {

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
	void workQueueShowsNewProblemsFirstWithEveryQueueAndItsCount() throws Exception {
		this.f.problem("村口路灯不亮" + this.f.tag);
		this.mvc.perform(get("/work").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("村口路灯不亮" + this.f.tag)))
			.andExpect(content().string(containsString("data-queue=\"NEW_PROBLEMS\"")))
			.andExpect(content().string(containsString("data-queue=\"TO_ASSIGN\"")))
			.andExpect(content().string(containsString("data-queue=\"NEAR_DUE\"")))
			.andExpect(content().string(containsString("data-queue=\"OVERDUE\"")))
			.andExpect(content().string(containsString("data-queue=\"REPLIES_TO_RECORD\"")))
			.andExpect(content().string(containsString("data-queue=\"RATINGS_TO_COLLECT\"")))
			.andExpect(content().string(containsString("data-queue=\"SEARCH\"")))
			.andExpect(content().string(containsString("新问题待处理")));
	}

	@Test
	void eachQueueListsItsItemsWithinTheUsersCounty() throws Exception {
		var proposed = this.f.proposed("待交办的建议" + this.f.tag);
		var assigned = this.f.assigned("已交办的建议" + this.f.tag);
		this.mvc.perform(get("/work").param("queue", "TO_ASSIGN").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(proposed.number())))
			.andExpect(content().string(not(containsString(assigned.number()))));
		this.mvc.perform(get("/work").param("queue", "REPLIES_TO_RECORD").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(assigned.number())))
			.andExpect(content().string(containsString(this.f.leadUnit.getName())));
		this.mvc.perform(get("/work").param("queue", "SEARCH").with(user(this.f.otherCountyStaff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(assigned.number()))));
	}

	@Test
	void filtersNarrowTheSearchByTextVenueUnitAndStatus() throws Exception {
		var assigned = this.f.assigned("桥梁维修" + this.f.tag);
		var proposed = this.f.proposed("学校门口红绿灯" + this.f.tag);
		this.mvc
			.perform(get("/work").param("queue", "SEARCH")
				.param("q", "桥梁维修" + this.f.tag)
				.param("venue", this.f.station.getCode())
				.with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(assigned.number())))
			.andExpect(content().string(not(containsString(proposed.number()))));
		this.mvc
			.perform(get("/work").param("queue", "SEARCH")
				.param("unit", this.f.leadUnit.getCode())
				.param("status", "ASSIGNED")
				.with(user(this.f.staff)))
			.andExpect(content().string(containsString(assigned.number())))
			.andExpect(content().string(not(containsString(proposed.number()))));
		this.mvc.perform(get("/work").param("queue", "SEARCH").param("venue", "NO-SUCH-CODE").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找不到该代表之家或联络站")));
	}

	@Test
	void nearDueAndOverdueItemsCarryTheirBadge() throws Exception {
		var assigned = this.f.assigned("超期的建议" + this.f.tag);
		org.deputyaction.support.MutableClock clock = this.context.getBean(org.deputyaction.support.MutableClock.class);
		try {
			clock.setToday(assigned.dueOn().plusDays(1));
			this.mvc.perform(get("/work").param("queue", "OVERDUE").with(user(this.f.staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(assigned.number())))
				.andExpect(content().string(containsString("data-testid=\"deadline\">超期")));
			clock.setToday(assigned.dueOn().minusDays(3));
			this.mvc.perform(get("/work").param("queue", "NEAR_DUE").with(user(this.f.staff)))
				.andExpect(content().string(containsString(assigned.number())))
				.andExpect(content().string(containsString("data-testid=\"deadline\">临期")));
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theNextPageFollowsTheLastRowOfThePage() throws Exception {
		for (int i = 0; i < 27; i++) {
			this.f.problem("分页问题" + i + "-" + this.f.tag);
		}
		MvcResult first = this.mvc
			.perform(get("/work").param("venue", this.f.station.getCode()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"next-page\"")))
			.andReturn();
		String html = first.getResponse().getContentAsString();
		assertThat(count(html, "data-testid=\"queue-row\"")).isEqualTo(25);
		String next = html.replaceAll("(?s).*href=\"([^\"]*)\" rel=\"next\".*", "$1").replace("&amp;", "&");
		assertThat(next).contains("after=").contains("venue=" + this.f.station.getCode());
		String second = this.mvc.perform(get(next).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"next-page\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(second, "data-testid=\"queue-row\"")).isEqualTo(2);
	}

	@Test
	void theQueuesCostTheSameStatementsWhateverTheirLength() throws Exception {
		this.f.assigned("计数一" + this.f.tag);
		long one = statementsOf("SEARCH");
		long problemsOne = statementsOf("NEW_PROBLEMS");
		for (int i = 0; i < 6; i++) {
			this.f.assigned("计数多" + i + this.f.tag);
		}
		assertThat(statementsOf("SEARCH")).isEqualTo(one);
		assertThat(statementsOf("NEW_PROBLEMS")).isEqualTo(problemsOne);
		assertThat(one).isLessThan(15);
	}

	@Test
	void deputiesAndUnitsHaveNoStaffQueue() throws Exception {
		this.mvc.perform(get("/work").with(user(this.f.deputy))).andExpect(status().isForbidden());
		this.mvc.perform(get("/work").with(user(this.f.unit))).andExpect(status().isForbidden());
	}

	@Test
	void thePrefectureOfficeSeesEveryCounty() throws Exception {
		var assigned = this.f.assigned("州工委可见" + this.f.tag);
		this.mvc.perform(get("/work").param("queue", "SEARCH").param("q", assigned.number()).with(user(this.f.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(assigned.number())));
	}

	@Test
	void theFiltersChoicesComeFromTheirOwnAddressWithinTheUsersScope() throws Exception {
		String page = this.mvc.perform(get("/work").param("queue", "SEARCH").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-choices=\"/work/choices/venues\"", "data-choices=\"/work/choices/units\"",
				"/js/choices.js");
		assertThat(page).doesNotContain("value=\"" + this.f.station.getCode() + "\"");

		this.mvc.perform(get("/work/choices/venues").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andExpect(jsonPath("$[?(@.value == '" + this.f.station.getCode() + "')].label")
				.value(contains(this.f.station.getName() + " · " + this.f.county.getName())))
			.andExpect(jsonPath("$[?(@.value == '" + this.f.otherCountyStation.getCode() + "')]").isEmpty());
		this.mvc.perform(get("/work/choices/units").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.value == '" + this.f.leadUnit.getCode() + "')]").isNotEmpty());
		this.mvc.perform(get("/work/choices/venues").with(user(this.f.office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.value == '" + this.f.otherCountyStation.getCode() + "')]").isNotEmpty());
		this.mvc.perform(get("/work/choices/venues").with(user(this.f.deputy))).andExpect(status().isForbidden());
		this.mvc.perform(get("/work/choices/units").with(user(this.f.unit))).andExpect(status().isForbidden());
	}

	@Test
	void aUnitOfAnotherCountyIsAnUnknownFilter() throws Exception {
		this.mvc
			.perform(get("/work").param("queue", "SEARCH")
				.param("unit", this.f.leadUnit.getCode().toLowerCase())
				.with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"unit-error\""))));
		this.mvc
			.perform(get("/work").param("queue", "SEARCH")
				.param("unit", this.f.leadUnit.getCode())
				.with(user(this.f.otherCountyStaff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-error\"")));
	}

	private long statementsOf(String queue) throws Exception {
		this.statements.reset();
		this.mvc.perform(
				get("/work").param("queue", queue).param("venue", this.f.station.getCode()).with(user(this.f.staff)))
			.andExpect(status().isOk());
		return this.statements.count();
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
