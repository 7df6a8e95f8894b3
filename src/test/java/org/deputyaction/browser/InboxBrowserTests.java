package org.deputyaction.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.SupervisionService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 利川市 staff urge 利川市交通运输局; the unit signs in, sees the unread count in the header, finds
 * the urging in its inbox with the staff's words and opens the item from it.
 */
class InboxBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ProblemService problems;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	AssignmentService assignments;

	@Autowired
	SupervisionService supervision;

	@Autowired
	CategoryService categories;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theUnitFindsAnUrgingInItsInboxAndOpensTheItemFromIt() {
		CurrentUser staff = CurrentUsers.of(this.accounts.findByUsernameIgnoreCase("staff-lichuan").orElseThrow());
		UserAccount unit = this.accounts.findByUsernameIgnoreCase("unit").orElseThrow();
		UserAccount deputy = this.accounts.findByUsernameIgnoreCase("deputy").orElseThrow();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String title = "关于修缮谋道镇人行道的建议 " + tag;
		ProblemView problem = this.problems.record(new RecordProblem(UUID.randomUUID(), deputy.getVenueId(), title,
				"人行道砖块松动，雨天积水。", ProblemSource.RECEPTION_DAY, LocalDate.now(), "何先生", "13800002222", List.of()), staff);
		SuggestionDetail proposed = this.suggestions.propose(new ProposeSuggestion(UUID.randomUUID(),
				List.of(problem.id()), null, title, "建议尽快修缮。", this.categories.tree(true).get(0).id(),
				AdministrativeLevel.COUNTY, "第十届", deputy.getDeputyId(), List.of(), true, List.of()), staff);
		SuggestionDetail assigned = this.assignments.assign(
				new AssignSuggestion(proposed.id(), proposed.version(), unit.getUnitId(), List.of(), null, null),
				staff);
		String words = "请于本周五前报送人行道修缮进展 " + tag;
		this.supervision.urge(new Urge(assigned.id(), assigned.version(), null, words), staff);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification where recipient_user_id = ? and detail = ?", Integer.class,
					unit.getId(), words) == 1);

		Page page = open(Screen.PHONE);
		signIn(page, "unit");
		page.locator("button.navbar-toggler").click();
		assertThat(page.locator("[data-testid=inbox-unread-count]")).isVisible();
		page.locator("[data-testid=inbox-link]").click();
		assertThat(page.locator("h1")).hasText("消息");
		var urging = page.locator("[data-testid=inbox] li", new Page.LocatorOptions().setHasText(words));
		assertThat(urging).containsText("催办：" + assigned.number());
		assertThat(urging).containsText("新");
		urging.getByText("查看").click();
		page.waitForURL((address) -> address.endsWith("/unit/assignments/" + assigned.id()));
		assertThat(page.locator("[data-testid=item-number]")).hasText(assigned.number());

		page.navigate(url("/inbox"));
		assertThat(page.locator("[data-testid=inbox] li", new Page.LocatorOptions().setHasText(words))).not()
			.containsText("标为已读");
		assertNoPageErrors();
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		page.waitForURL((address) -> !address.contains("/login"));
	}

}
