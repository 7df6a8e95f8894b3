package org.deputyaction.online;

import java.util.UUID;

import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.ProblemCommands.MarkSpam;
import org.deputyaction.suggestion.ProblemCommands.RecordOnlineProblem;
import org.deputyaction.suggestion.ProblemCommands.SettleProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.web.LoopPagesFixture;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * County staff mark an abusive online problem as spam on its page: it leaves the queue,
 * is kept and counted, its timeline says who and when, and the mark can be taken back;
 * staff of another county cannot find it.
 */
@IntegrationTest
class SpamTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProblemService problems;

	LoopPagesFixture f;

	String title;

	Long id;

	@BeforeEach
	void setUp() {
		this.f = new LoopPagesFixture(this.context);
		this.title = "广告" + UUID.randomUUID();
		String number = this.problems
			.recordOnline(
					new RecordOnlineProblem(UUID.randomUUID(), this.f.station.getId(), this.title, "低价出售。", null, null))
			.trackingNumber();
		this.id = this.jdbc.queryForObject("select id from problem where tracking_number = ?", Long.class, number);
	}

	@Test
	void staffMarkSpamOnTheProblemPageAndItLeavesTheQueueButIsCounted() throws Exception {
		this.mvc.perform(get("/problems/" + this.id).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"spam-form\"")));
		this.mvc
			.perform(post("/problems/" + this.id + "/spam").param("version", "0")
				.param("spam", "true")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/work"));
		this.mvc.perform(get("/work").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.title))))
			.andExpect(content().string(containsString("另有 1 件网上反映的问题已标记为垃圾信息")));
		this.mvc.perform(get("/work").param("queue", "SPAM_PROBLEMS").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.title)));
		this.mvc.perform(get("/problems/" + this.id).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"spam-badge\"")))
			.andExpect(content().string(containsString("data-action=\"PROBLEM_MARKED_SPAM\"")))
			.andExpect(content().string(containsString(this.f.staff.displayName())))
			.andExpect(content().string(not(containsString("data-testid=\"write-up\""))));
		assertThat(this.jdbc.queryForObject("select spam from problem where id = ?", Boolean.class, this.id)).isTrue();
	}

	@Test
	void theSpamMarkCanBeTakenBackAndTheProblemReturnsToTheQueue() throws Exception {
		ProblemView marked = this.problems.markSpam(new MarkSpam(this.id, 0, true), this.f.staff);
		this.mvc
			.perform(post("/problems/" + this.id + "/spam").param("version", Long.toString(marked.version()))
				.param("spam", "false")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/problems/" + this.id));
		this.mvc.perform(get("/work").with(user(this.f.staff)))
			.andExpect(content().string(containsString(this.title)))
			.andExpect(content().string(not(containsString("data-testid=\"spam-count\""))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from timeline_entry where problem_id = ? and action = 'PROBLEM_SPAM_CLEARED'"
						+ " and actor_user_id = ?",
				Long.class, this.id, this.f.staff.id()))
			.isEqualTo(1);
	}

	@Test
	void staffOfAnotherCountyCannotFindTheProblemToMarkIt() throws Exception {
		LoopPagesFixture other = new LoopPagesFixture(this.context);
		this.mvc
			.perform(post("/problems/" + this.id + "/spam").param("version", "0")
				.param("spam", "true")
				.with(user(other.staff))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select spam from problem where id = ?", Boolean.class, this.id)).isFalse();
	}

	@Test
	void aProblemMarkedAsSpamCannotBeSettledAndOnlyOnlineProblemsCanBeMarked() {
		ProblemView marked = this.problems.markSpam(new MarkSpam(this.id, 0, true), this.f.staff);
		assertThatThrownBy(
				() -> this.problems.resolveDirectly(new SettleProblem(this.id, marked.version(), "无"), this.f.staff))
			.isInstanceOf(LoopRuleViolation.class)
			.extracting((ex) -> ((LoopRuleViolation) ex).messageKey())
			.isEqualTo("loop.rule.problemIsSpam");
		ProblemView recorded = this.f.problem("接待日问题" + UUID.randomUUID());
		assertThatThrownBy(
				() -> this.problems.markSpam(new MarkSpam(recorded.id(), recorded.version(), true), this.f.staff))
			.isInstanceOf(LoopRuleViolation.class)
			.extracting((ex) -> ((LoopRuleViolation) ex).messageKey())
			.isEqualTo("loop.rule.spamOnlyOnline");
	}

	@Test
	void aDeputyOrAUnitCannotMarkSpam() {
		assertThatThrownBy(() -> this.problems.markSpam(new MarkSpam(this.id, 0, true), this.f.deputy))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> this.problems.markSpam(new MarkSpam(this.id, 0, true), this.f.leadUnitUser))
			.isInstanceOf(org.deputyaction.system.NotFoundException.class);
	}

}
