package org.deputyaction.publication;

import jakarta.servlet.http.Cookie;
import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.support.SqlStatementCounter;
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
 * The public pages rendered for anonymous readers are answered again from memory, apart
 * per address, query and language, never for a signed-in reader or one with a session,
 * and are forgotten as soon as the loop changes.
 */
@IntegrationTest
@CachesOn
@Import(OrganizationFixture.class)
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	SqlStatementCounter statements;

	PublicationFixture f;

	String stationPath;

	@BeforeEach
	void setUp() {
		this.f = new PublicationFixture(this.context, this.organization);
		this.stationPath = "/public/stations/" + this.f.station.getCode();
	}

	@Test
	void secondAnonymousReadingOfAStationPageCostsNoSqlStatementAndReadsTheSame() throws Exception {
		String first = page(this.stationPath);
		this.statements.reset();
		String second = page(this.stationPath);
		assertThat(this.statements.count()).isZero();
		assertThat(second).isEqualTo(first).contains(this.f.proposed.number());
	}

	@Test
	void eachListAndLanguageIsKeptApart() throws Exception {
		String suggestions = page(this.stationPath);
		String assignments = page(this.stationPath + "?list=assignments");
		String english = this.mvc.perform(get(this.stationPath).cookie(new Cookie("lang", "en")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(assignments).isNotEqualTo(suggestions).contains(this.f.overdue.number());
		assertThat(english).contains("Suggestion list").doesNotContain("代表建议清单");
		assertThat(page(this.stationPath)).isEqualTo(suggestions);
	}

	@Test
	void aChangeOfTheLoopIsShownAtOnce() throws Exception {
		assertThat(page(this.stationPath)).doesNotContain("新装路灯的建议");
		var added = this.f.propose("新装路灯的建议", true, false);
		assertThat(page(this.stationPath)).contains("新装路灯的建议", added.number());
	}

	@Test
	void aSignedInReaderOrOneWithASessionIsNeverAnsweredFromMemory() throws Exception {
		page(this.stationPath);
		this.statements.reset();
		this.mvc.perform(get(this.stationPath).with(user(this.f.staff))).andExpect(status().isOk());
		assertThat(this.statements.count()).isPositive();
		this.statements.reset();
		Cookie session = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get(this.stationPath).cookie(session)).andExpect(status().isOk());
		assertThat(this.statements.count()).isPositive();
	}

	@Test
	void aPageThatIsNotFoundIsNotKept() throws Exception {
		this.mvc.perform(get("/public/stations/NO-SUCH-STATION")).andExpect(status().isNotFound());
		this.statements.reset();
		this.mvc.perform(get("/public/stations/NO-SUCH-STATION")).andExpect(status().isNotFound());
		assertThat(this.statements.count()).isPositive();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
