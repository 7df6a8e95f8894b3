package org.deputyaction.suggestion.web.staff;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.deputyaction.account.AccountFixtures;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.suggestion.SuggestionCommands.ChangePublication;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.KeptPages;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A suggestion's staff page is rendered once for every reader of the same role and scope
 * on the same day, with each reader's own form token in its forms, never shown out of
 * scope, and rendered afresh after any change of the loop; a page with a message for its
 * reader is not shared.
 */
@IntegrationTest
@CachesOn
class SuggestionPageCacheTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	StaffPagesFixture f;

	@BeforeEach
	void setUp() {
		this.f = new StaffPagesFixture(this.context);
	}

	@Test
	void aKeptPageCarriesEachReadersOwnFormToken() throws Exception {
		SuggestionDetail s = this.f.proposed("路面坑洼" + this.f.tag);
		String first = page(s.id(), this.f.staff, new MockHttpSession());
		assertThat(first).contains(s.number(), "data-action=\"publication\"").doesNotContain("th:utext");

		this.statements.reset();
		this.statements.record();
		String second = page(s.id(), this.f.staff, new MockHttpSession());
		assertThat(KeptPages.pageStatements(this.statements)).as("a kept page reads nothing more").isEmpty();
		assertThat(second).contains(s.number(), "data-action=\"publication\"");

		Set<String> firstTokens = tokens(first);
		Set<String> secondTokens = tokens(second);
		assertThat(firstTokens).hasSize(1);
		assertThat(secondTokens).as("the kept forms carry this reader's token, as the header's does").hasSize(1);
		assertThat(secondTokens).doesNotContainAnyElementsOf(firstTokens);
	}

	@Test
	void aFormOfAKeptPageIsAcceptedFromItsReaderWhoAloneSeesTheMessage() throws Exception {
		SuggestionDetail s = this.f.proposed("垃圾清运" + this.f.tag);
		page(s.id(), this.f.staff, new MockHttpSession());
		UserAccount account = AccountFixtures.save(this.accounts, this.encoder, AccountFixtures.uniqueName("staff"),
				Role.COUNTY_STAFF, this.f.county.getId(), null, null);
		Cookie session = AccountFixtures.signIn(this.mvc, account);
		String kept = this.mvc.perform(get("/suggestions/" + s.id()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tokens(kept)).hasSize(1);
		this.mvc
			.perform(post("/suggestions/" + s.id() + "/publication").cookie(session)
				.param("_csrf", tokens(kept).iterator().next())
				.param("version", String.valueOf(s.version()))
				.param("publicVisible", String.valueOf(!s.publicVisible())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.f.current(s.id()).publicVisible()).isEqualTo(!s.publicVisible());

		String done = this.messages.getMessage("loopstaff.done.publication", null, Locale.SIMPLIFIED_CHINESE);
		String withMessage = this.mvc.perform(get("/suggestions/" + s.id()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withMessage).as("the message is for its reader").contains(done);
		assertThat(page(s.id(), this.f.staff, new MockHttpSession())).doesNotContain(done);
		assertThat(this.mvc.perform(get("/suggestions/" + s.id()).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("and shown once").doesNotContain(done);
	}

	@Test
	void aChangeOfTheLoopShowsAtOnce() throws Exception {
		SuggestionDetail s = this.f.proposed("河道清淤" + this.f.tag);
		assertThat(page(s.id(), this.f.staff, new MockHttpSession())).contains("data-version=\"" + s.version() + "\"");

		SuggestionDetail hidden = this.suggestions
			.changePublication(new ChangePublication(s.id(), s.version(), !s.publicVisible()), this.f.staff);
		String after = page(s.id(), this.f.staff, new MockHttpSession());
		assertThat(after).contains("data-version=\"" + hidden.version() + "\"")
			.contains("name=\"version\" value=\"" + hidden.version() + "\"");

	}

	@Test
	void aPageKeptForOneCountyIsNeverShownInAnother() throws Exception {
		SuggestionDetail s = this.f.proposed("桥梁加固" + this.f.tag);
		page(s.id(), this.f.staff, new MockHttpSession());
		page(s.id(), this.f.office, new MockHttpSession());
		this.mvc.perform(get("/suggestions/" + s.id()).with(user(this.f.otherCountyStaff)))
			.andExpect(status().is4xxClientError());
	}

	private String page(Long id, CurrentUser reader, MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/suggestions/" + id).session(session).with(user(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Set<String> tokens(String page) {
		Set<String> tokens = new TreeSet<>();
		Matcher matcher = TOKEN.matcher(page);
		while (matcher.find()) {
			tokens.add(matcher.group(1));
		}
		return tokens;
	}

}
