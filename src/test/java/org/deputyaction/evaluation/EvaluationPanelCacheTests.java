package org.deputyaction.evaluation;

import org.deputyaction.evaluation.internal.EvaluationCodes;
import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening and closing an on-site evaluation, and a voter's rating, publish no event of
 * the loop but show on the suggestion's page: a page kept before them is rendered afresh.
 */
@IntegrationTest
@CachesOn
@Import(OrganizationFixture.class)
class EvaluationPanelCacheTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	OnSiteEvaluationService evaluations;

	@Autowired
	MutableClock clock;

	EvaluationFixture f;

	@BeforeEach
	void setUp() {
		this.f = new EvaluationFixture(this.context);
	}

	@AfterEach
	void tearDown() {
		this.clock.reset();
	}

	@Test
	void theKeptPageShowsAnEvaluationOpenedRatedAndClosed() throws Exception {
		SuggestionDetail s = this.f.replied("路灯测评");
		assertThat(page(s)).contains("data-testid=\"evaluation-start\"").doesNotContain("evaluation-show");

		EvaluationView view = this.evaluations.start(s.id(), this.f.staff);
		assertThat(page(s)).contains("data-testid=\"evaluation-show\"").doesNotContain("evaluation-totals");

		this.evaluations.rate(view.code(), Satisfaction.SATISFIED, EvaluationCodes.newDeviceToken(), "203.0.113.9");
		assertThat(page(s)).contains("data-testid=\"evaluation-totals\"");

		this.evaluations.close(view.id(), this.f.staff);
		assertThat(page(s)).doesNotContain("data-testid=\"evaluation-show\"");
	}

	private String page(SuggestionDetail s) throws Exception {
		return this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
