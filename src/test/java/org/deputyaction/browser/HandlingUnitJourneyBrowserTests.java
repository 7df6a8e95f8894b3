package org.deputyaction.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.ExtensionStatus;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.DecideExtension;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionDetail.ExtensionLine;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.SupervisionService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Journey 5: 利川市交通运输局 signs for a suggestion assigned by 利川市 staff, asks for an
 * extension, replies with class B once the office approved it; the lead deputy rates the
 * reply 不满意 on a phone and sees the item go back for a second round.
 */
class HandlingUnitJourneyBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	VenueRepository venues;

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

	@Test
	void unitSignsForAsksForAnExtensionRepliesAndTheDeputyRatesItUnsatisfied() {
		CurrentUser staff = demo("staff-lichuan");
		UserAccount unit = this.accounts.findByUsernameIgnoreCase("unit").orElseThrow();
		UserAccount deputy = this.accounts.findByUsernameIgnoreCase("deputy").orElseThrow();
		Venue station = this.venues.findById(deputy.getVenueId()).orElseThrow();
		String title = "关于调整龙船调村公交班次的建议 " + UUID.randomUUID().toString().substring(0, 6);
		ProblemView problem = this.problems.record(new RecordProblem(UUID.randomUUID(), station.getId(), title,
				"村民反映早班车太晚,学生上学赶不上。", ProblemSource.RECEPTION_DAY, LocalDate.now(), "向大爷", "13800001111", List.of()),
				staff);
		SuggestionDetail proposed = this.suggestions.propose(new ProposeSuggestion(UUID.randomUUID(),
				List.of(problem.id()), null, title, "建议早班车提前半小时发车。", this.categories.tree(true).get(0).id(),
				AdministrativeLevel.COUNTY, "第十届", deputy.getDeputyId(), List.of(), true, List.of()), staff);
		SuggestionDetail assigned = this.assignments.assign(
				new AssignSuggestion(proposed.id(), proposed.version(), unit.getUnitId(), List.of(), null, null),
				staff);

		Page page = open(Screen.DESKTOP);
		signIn(page, "unit");
		page.navigate(url("/unit/assignments"));
		page.locator("[data-testid=unit-assignments] a", new Page.LocatorOptions().setHasText(title)).click();
		assertThat(page.locator("[data-testid=own-status]")).hasText("待签收");
		assertThat(page.locator("main")).not().containsText("13800001111");
		page.locator("[data-testid=sign-for]").click();
		assertThat(page.locator(".alert-success")).hasText("已签收。");
		assertThat(page.locator("[data-testid=own-status]")).hasText("已签收");

		LocalDate requested = assigned.dueOn().plusDays(20);
		assertThat(page.locator("[data-testid=extension-maximum]")).containsText(assigned.maxDueOn().toString());
		page.getByLabel("申请延至").fill(requested.toString());
		page.getByLabel("延期理由").fill("需与客运公司重新核定班次。");
		page.locator("[data-testid=extension-submit]").click();
		assertThat(page.locator("[data-testid=extension-pending]")).isVisible();
		assertThat(page.locator("[data-testid=extension]")).containsText("待审批");

		SuggestionDetail supervised = this.suggestions.get(assigned.id(), staff);
		ExtensionLine request = supervised.extensions().get(0);
		Assertions.assertThat(request.status()).isEqualTo(ExtensionStatus.PENDING);
		this.supervision.decideExtension(
				new DecideExtension(supervised.id(), supervised.version(), request.id(), true, null, "同意"), staff);

		page.reload();
		assertThat(page.locator("[data-testid=item-due]")).hasText(requested.toString());
		page.getByLabel("B类:正在解决或列入计划逐步解决").check();
		page.getByLabel("采取的措施").fill("已与客运公司协商,下学期起早班车提前发车。");
		page.getByLabel("答复内容").fill("您提出的建议已收悉,现答复如下。");
		page.locator("[data-testid=reply-submit]").click();
		assertThat(page.locator("[data-testid=item-status]").first()).hasText("已答复待评价");
		assertThat(page.locator("[data-testid=round-reply]")).containsText("B类");
		assertNoPageErrors();

		Page phone = open(Screen.PHONE);
		signIn(phone, "deputy");
		phone.locator("[data-testid=deputy-suggestions-link]").click();
		phone.locator("[data-testid=to-rate] a", new Page.LocatorOptions().setHasText(title)).click();
		phone.locator("input[name=handlingWork][value=UNSATISFIED] + label").click();
		phone.locator("input[name=result][value=UNSATISFIED] + label").click();
		phone.getByLabel("意见").fill("班次还没调整。");
		phone.locator("[data-testid=rate-submit]").click();
		assertThat(phone.locator("[data-testid=rehandling]")).containsText("第 2 轮");
		assertThat(phone.locator("[data-testid=item-round]")).hasText("第 2 轮办理");
		assertThat(phone.locator("[data-testid=item-status]").first()).hasText("督办中");
		Assertions.assertThat(scrollsSideways(phone)).as("page wider than the phone").isFalse();
		assertNoPageErrors();

		SuggestionDetail after = this.suggestions.get(assigned.id(), staff);
		Assertions.assertThat(after.status()).isEqualTo(LoopStatus.SUPERVISED);
		Assertions.assertThat(after.round()).isEqualTo(2);
	}

	private CurrentUser demo(String username) {
		return CurrentUsers.of(this.accounts.findByUsernameIgnoreCase(username).orElseThrow());
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		page.waitForURL((address) -> !address.contains("/login"));
	}

}
