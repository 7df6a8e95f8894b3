package org.deputyaction.online;

import java.util.List;
import java.util.UUID;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.OnlineReceipt;
import org.deputyaction.suggestion.ProblemCommands.RecordOnlineProblem;
import org.deputyaction.suggestion.ProblemCommands.SettleProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.suggestion.web.LoopPagesFixture;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A voter follows the problem they raised online at {@code /public/issues/{number}}: the
 * key opens its progress round the loop, with nobody's personal data; no key or a wrong
 * one shows nothing but the form, and wrong keys are throttled per address.
 */
@IntegrationTest
class TrackingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProblemService problems;

	@Autowired
	SqlStatementCounter statements;

	LoopPagesFixture f;

	String address;

	String title;

	OnlineReceipt receipt;

	@BeforeEach
	void setUp() {
		this.f = new LoopPagesFixture(this.context);
		this.address = OnlineChannel.newAddress();
		this.title = "网上查询" + UUID.randomUUID();
		this.receipt = this.problems.recordOnline(new RecordOnlineProblem(UUID.randomUUID(), this.f.station.getId(),
				this.title, "小区门口的井盖松动。", OnlineChannel.VOTER_NAME, OnlineChannel.VOTER_PHONE));
	}

	@Test
	void withoutAKeyThePageShowsOnlyTheKeyFormWhetherTheNumberExistsOrNot() throws Exception {
		String known = this.mvc.perform(from(get(path())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"key-form\"")))
			.andExpect(content().string(not(containsString(this.title))))
			.andExpect(content().string(not(containsString(this.f.station.getName()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc.perform(from(get("/public/issues/ZZZZ-ZZZZ")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown.replace("ZZZZ-ZZZZ", this.receipt.trackingNumber())).isEqualTo(known);
		this.mvc.perform(from(get("/public/issues/not-a-number"))).andExpect(status().isNotFound());
	}

	@Test
	void theRightKeyOpensTheProgressWithoutAnyonesPersonalData() throws Exception {
		this.mvc.perform(from(get(path()).param("key", this.receipt.key())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString(this.title)))
			.andExpect(content().string(containsString("data-step=\"FOUND\"")))
			.andExpect(content().string(containsString("已收到")))
			.andExpect(content().string(not(containsString(OnlineChannel.VOTER_NAME))))
			.andExpect(content().string(not(containsString(OnlineChannel.VOTER_PHONE))));
		String typed = this.receipt.key().replace("-", " ").toLowerCase();
		this.mvc.perform(from(post(path()).param("key", typed)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.title)));
	}

	@Test
	void aWrongKeyRevealsNothingAndReadsTheSameForAnUnknownNumber() throws Exception {
		String wrong = "AAAA-BBBB-CCCC-DDDD-EEEE";
		this.mvc.perform(from(post(path()).param("key", wrong)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-testid=\"wrong-key\"")))
			.andExpect(content().string(not(containsString(this.title))))
			.andExpect(content().string(not(containsString(this.f.station.getName()))));
		this.mvc.perform(from(post("/public/issues/ZZZZ-ZZZZ").param("key", this.receipt.key())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-testid=\"wrong-key\"")));
		this.mvc.perform(from(post(path()).param("key", wrong)).cookie(new jakarta.servlet.http.Cookie("lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This key does not open this tracking number.")));
	}

	@Test
	void wrongKeysFromOneAddressAreThrottledWhileOtherAddressesStillOpenThePage() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(from(post(path()).param("key", "AAAA-BBBB-CCCC-DDDD-EEE" + (i % 8 + 2))))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(from(post(path()).param("key", this.receipt.key())))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("输入错误私钥的次数过多")))
			.andExpect(content().string(not(containsString(this.title))));
		this.address = OnlineChannel.newAddress();
		this.mvc.perform(from(post(path()).param("key", this.receipt.key())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.title)));
	}

	@Test
	void theVoterFollowsTheProblemRoundTheLoopAtABoundedCost() throws Exception {
		long found = statementsFor(get(path()).param("key", this.receipt.key()));
		Long problemId = this.jdbc.queryForObject("select id from problem where tracking_number = ?", Long.class,
				this.receipt.trackingNumber());
		SuggestionDetail s = this.context.getBean(SuggestionService.class)
			.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(problemId), null, this.title, "建议加固井盖。",
					this.f.categoryId, AdministrativeLevel.COUNTY, "第十届", this.f.leadDeputy.getId(), List.of(), true,
					List.of()), this.f.staff);
		this.mvc.perform(from(get(path()).param("key", this.receipt.key())))
			.andExpect(content().string(containsString(s.number())))
			.andExpect(content().string(containsString("已形成代表建议")));
		s = this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(s.id(), s.version(), this.f.leadUnit.getId(), List.of(), null, null),
					this.f.staff);
		s = this.context.getBean(ReplyService.class)
			.reply(new RecordReply(s.id(), s.version(), ResultClass.A, "已更换新井盖。", "经查属实,内部答复细节。", null, List.of()),
					this.f.leadUnitUser);
		this.mvc.perform(from(get(path()).param("key", this.receipt.key())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-step=\"FED_BACK\"")))
			.andExpect(content().string(containsString(this.f.leadUnit.getName())))
			.andExpect(content().string(containsString("A类")))
			.andExpect(content().string(containsString("已更换新井盖。")))
			.andExpect(content().string(not(containsString("内部答复细节"))))
			.andExpect(content().string(not(containsString(this.f.leadDeputy.getName()))))
			.andExpect(content().string(not(containsString(OnlineChannel.VOTER_NAME))));
		long replied = statementsFor(get(path()).param("key", this.receipt.key()));
		assertThat(found).isLessThanOrEqualTo(2);
		assertThat(replied).isEqualTo(found);
	}

	@Test
	void aProblemResolvedDirectlyShowsTheOutcomeAndItsReason() throws Exception {
		Long problemId = this.jdbc.queryForObject("select id from problem where tracking_number = ?", Long.class,
				this.receipt.trackingNumber());
		this.problems.resolveDirectly(new SettleProblem(problemId, 0, "已联系物业当天更换井盖。"), this.f.staff);
		this.mvc.perform(from(get(path()).param("key", this.receipt.key())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-step=\"RESOLVED_DIRECTLY\"")))
			.andExpect(content().string(containsString("已联系物业当天更换井盖。")))
			.andExpect(content().string(not(containsString("data-step=\"ASSIGNED\""))));
	}

	@Test
	void theKeyIsNotKeptOnlyItsHash() {
		String hash = this.jdbc.queryForObject("select tracking_key_hash from problem where tracking_number = ?",
				String.class, this.receipt.trackingNumber());
		assertThat(this.receipt.key()).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}");
		assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(this.receipt.key().replace("-", ""));
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(from(request)).andExpect(status().isOk());
		return this.statements.count();
	}

	private String path() {
		return "/public/issues/" + this.receipt.trackingNumber();
	}

	private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
		String from = this.address;
		return request.with((r) -> {
			r.setRemoteAddr(from);
			return r;
		});
	}

}
