package org.deputyaction.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.deputyaction.publication.PublicationFixtures;
import org.deputyaction.publication.PublicationFixtures.Station;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A voter on a phone reads a station's three lists, in Chinese and in English: each list
 * a tab, each item a card with the column names beside the values.
 */
class StationListsBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	Station station;

	@BeforeEach
	void createStation() {
		this.station = PublicationFixtures.station(this.context);
	}

	@Test
	void voterReadsTheThreeListsOfAStationOnAPhoneInChinese() {
		Page page = open(Screen.PHONE);
		Response response = page.navigate(url(this.station.path()));
		Assertions.assertThat(response.status()).isEqualTo(200);
		assertThat(page.locator("main#main h1")).hasText(this.station.name());
		assertThat(page.getByTestId("figure-closure")).containsText("办结率");

		Locator suggestions = page.getByTestId("table-SUGGESTIONS");
		assertThat(suggestions).containsText(this.station.proposedNumber());
		assertThat(suggestions).containsText("修建村口路灯的建议");
		assertThat(suggestions.locator("td[data-label='领衔及附议代表']").first()).isVisible();
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("交办清单").setExact(true)).click();
		Locator assignments = page.getByTestId("table-ASSIGNMENTS");
		assertThat(assignments).containsText(this.station.nearDueNumber());
		assertThat(assignments.getByTestId("deadline-NEAR_DUE")).hasText("临期");
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("办理效果清单").setExact(true)).click();
		Locator results = page.getByTestId("table-RESULTS");
		assertThat(results).containsText(this.station.closedNumber());
		assertThat(results).containsText("A类");
		assertThat(results).containsText("办理工作满意");
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();
		Assertions.assertThat(page.content()).doesNotContain(PublicationFixtures.VOTER_PHONE);
		assertNoPageErrors();
	}

	@Test
	void voterReadsTheThreeListsOfAStationOnAPhoneInEnglish() {
		Page page = open(Screen.PHONE);
		page.navigate(url(this.station.path() + "?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suggestion list"))).isVisible();
		assertThat(page.getByTestId("table-SUGGESTIONS")).containsText(this.station.proposedNumber());
		assertThat(page.getByTestId("table-SUGGESTIONS")).containsText("Reception day");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assignment list").setExact(true)).click();
		assertThat(page.getByTestId("table-ASSIGNMENTS").getByTestId("deadline-NEAR_DUE")).hasText("Near due");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handling-result list").setExact(true))
			.click();
		Locator results = page.getByTestId("table-RESULTS");
		assertThat(results).containsText(this.station.closedNumber());
		assertThat(results).containsText("Handling: Satisfied");
		Assertions.assertThat(scrollsSideways(page)).as("page wider than the screen").isFalse();
		assertNoPageErrors();
	}

}
