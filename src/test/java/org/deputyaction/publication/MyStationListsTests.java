package org.deputyaction.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
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
 * The deputy's view of their station's three lists: items not made public are there and
 * marked; what awaits the deputy (a reply to rate, a suggestion to co-sign) is listed;
 * nobody else gets the page.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class MyStationListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	PublicationFixture f;

	@BeforeEach
	void createItems() {
		this.f = new PublicationFixture(this.context, this.organization);
	}

	@Test
	void deputySeesTheStationsItemsIncludingTheOnesNotMadePublic() throws Exception {
		String html = page("/my-station/lists");
		assertThat(html).contains(this.f.station.getName(), "本站三张清单", this.f.proposed.number(),
				PublicationFixture.HIDDEN_TITLE, "不公开");
		String english = page("/my-station/lists?list=assignments&lang=en");
		assertThat(english).contains("My station", this.f.overdue.number(), "Overdue", "Public");
	}

	@Test
	void deputySeesTheRepliesToRateAndTheSuggestionsToCoSign() throws Exception {
		SuggestionDetail toRate = this.f
			.reply(this.f.assign(this.f.propose("等待测评的建议", true, false), null, this.f.today().plusDays(10), List.of()));
		SuggestionDetail toCoSign = this.context.getBean(SuggestionService.class)
			.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(), this.f.station.getId(), "请您附议的建议", "内容。",
					this.f.categoryId, AdministrativeLevel.COUNTY, "第十届", this.f.coSigner.getId(),
					List.of(this.f.lead.getId()), true, List.of()), this.f.staff);
		String html = page("/my-station/lists");
		assertThat(html).contains("data-testid=\"deputy-tasks\"", "待测评答复", toRate.number(), "待附议", toCoSign.number());
	}

	@Test
	void landingPageLinksToTheStationsLists() throws Exception {
		assertThat(page("/my-station")).contains("href=\"/my-station/lists\"");
	}

	@Test
	void othersDoNotGetTheDeputysView() throws Exception {
		this.mvc.perform(get("/my-station/lists").with(user(this.f.staff))).andExpect(status().isForbidden());
		this.mvc.perform(get("/my-station/lists")).andExpect(status().is3xxRedirection());
	}

	String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.f.deputy)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
