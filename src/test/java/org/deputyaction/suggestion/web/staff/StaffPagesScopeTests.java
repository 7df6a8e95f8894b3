package org.deputyaction.suggestion.web.staff;

import java.util.ArrayList;
import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Another county's staff find none of the county's problems and suggestions, whatever
 * they ask; deputies and units are refused the staff pages altogether.
 */
@IntegrationTest
class StaffPagesScopeTests {

	private static final List<String> SUGGESTION_STEPS = List.of("assign", "objection", "urge", "progress", "extension",
			"key-supervision", "waive-views", "reply", "rate", "follow-up-solved", "publication");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	StaffPagesFixture f;

	@BeforeEach
	void setUp() {
		this.f = new StaffPagesFixture(this.context);
	}

	@Test
	void anotherCountysStaffFindNothingOfTheCounty() throws Exception {
		List<String> failures = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : requests()) {
			int status = this.mvc.perform(request.with(user(this.f.otherCountyStaff)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status != 404) {
				failures.add(describe(request) + " gave " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void deputiesAndUnitsAreRefusedTheStaffPages() throws Exception {
		List<String> failures = new ArrayList<>();
		for (CurrentUser outsider : List.of(this.f.deputy, this.f.unit)) {
			List<MockHttpServletRequestBuilder> requests = requests();
			requests.add(get("/work"));
			requests.add(get("/problems/new"));
			for (MockHttpServletRequestBuilder request : requests) {
				int status = this.mvc.perform(request.with(user(outsider)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status != 403) {
					failures.add(outsider.getUsername() + " " + describe(request) + " gave " + status);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theCountysOwnStaffAndThePrefectureOfficeSeeThePages() throws Exception {
		SuggestionDetail s = this.f.assigned("可见" + this.f.tag);
		for (CurrentUser staff : List.of(this.f.staff, this.f.office)) {
			assertThat(this.mvc.perform(get("/suggestions/" + s.id()).with(user(staff)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
			assertThat(this.mvc.perform(get("/problems/" + s.problems().get(0).id()).with(user(staff)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
	}

	private List<MockHttpServletRequestBuilder> requests() {
		ProblemView problem = this.f.problem("范围" + this.f.tag);
		SuggestionDetail s = this.f.assigned("范围建议" + this.f.tag);
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		requests.add(get("/problems/" + problem.id()));
		requests.add(get("/suggestions/new").param("problem", "" + problem.id()));
		requests.add(get("/suggestions/new").param("venue", this.f.station.getCode()));
		requests.add(get("/suggestions/" + s.id()));
		for (String action : List.of("resolve", "decline", "merge")) {
			requests.add(post("/problems/" + problem.id() + "/" + action).param("version", "" + problem.version())
				.param("reason", "理由")
				.param("targetTrackingNumber", problem.trackingNumber()));
		}
		requests.add(post("/suggestions/new").param("requestToken", java.util.UUID.randomUUID().toString())
			.param("problemIds", "" + problem.id())
			.param("title", "标题")
			.param("content", "内容")
			.param("categoryId", "" + this.f.categoryId)
			.param("level", "COUNTY")
			.param("congressTerm", "第十届")
			.param("leadDeputyId", "" + this.f.leadDeputy.getId()));
		for (String step : SUGGESTION_STEPS) {
			requests.add(post("/suggestions/" + s.id() + "/" + step).param("version", "" + s.version())
				.param("leadUnitId", "" + this.f.leadUnit.getId())
				.param("newUnitId", "" + this.f.spareUnit.getId())
				.param("assignmentId", "" + s.assignments().get(0).id())
				.param("extensionRequestId", "1")
				.param("dueOn", s.dueOn().toString())
				.param("text", "文字")
				.param("reason", "理由")
				.param("leader", "领导")
				.param("resultClass", "A")
				.param("measures", "措施")
				.param("content", "内容")
				.param("repliedOn", this.f.today().toString())
				.param("handlingWork", "SATISFIED")
				.param("result", "SATISFIED")
				.param("ratedOn", this.f.today().toString()));
		}
		return requests;
	}

	private static String describe(MockHttpServletRequestBuilder request) {
		var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
		return built.getMethod() + " " + built.getRequestURI();
	}

}
