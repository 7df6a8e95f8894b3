package org.deputyaction.reception;

import java.time.LocalDate;
import java.util.Set;

import org.deputyaction.reception.ReceptionCommands.RecordSession;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reception pages through MockMvc with real security: scheduling, the public
 * announcement (public names only), the lists and a session's page in both languages, the
 * record form's conflict that keeps the input, scope, and statement counts that do not
 * grow with the sessions.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class ReceptionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	ReceptionService service;

	ReceptionFixture f;

	LocalDate today;

	@BeforeEach
	void createOrganization() {
		this.f = new ReceptionFixture(this.context, this.organization);
		this.today = this.service.today();
	}

	@Test
	void staffScheduleASessionAndThePublicStationPageAnnouncesItWithPublicNamesOnly() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/receptions/new").param("venue", this.f.station.getCode())
				.param("kind", "DEPUTY_ACTION")
				.param("heldOn", this.today.plusDays(5).toString())
				.param("startsAt", "14:00")
				.param("endsAt", "16:30")
				.param("place", "村民广场")
				.param("theme", "秋关民生办实事")
				.param("onDuty", this.f.lead.getId().toString(), this.f.second.getId().toString())
				.param("version", "0")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/receptions/*"))
			.andReturn();
		assertThat(result.getFlashMap().get("message")).isNotNull();
		String path = "/public/stations/" + this.f.station.getCode();
		String html = page(path);
		assertThat(html)
			.contains("近期接待日与代表行动", "代表行动", "村民广场", "秋关民生办实事", "14:00–16:30", this.f.lead.getName(),
					this.f.second.getName())
			.doesNotContain(ReceptionFixture.PRIVATE_PHONE, this.f.staff.displayName());
		String english = page(path + "?lang=en");
		assertThat(english).contains("Upcoming reception days and deputy actions", "Deputy action", "Deputies on duty");
	}

	@Test
	void thePublicAnnouncementCostsTheSameStatementsWithMoreSessionsAndShowsAFew() throws Exception {
		String path = "/public/stations/" + this.f.station.getCode();
		this.f.schedule(this.today.plusDays(1));
		this.statements.reset();
		page(path);
		long one = this.statements.count();
		for (int i = 2; i <= 6; i++) {
			this.f.schedule(this.today.plusDays(i));
		}
		Long cancelled = this.f.schedule(this.today.plusDays(1));
		this.service.cancel(new ReceptionCommands.CancelSession(cancelled,
				this.service.detail(cancelled, this.f.staff).version(), "暴雨"), this.f.staff);
		this.statements.reset();
		String html = page(path);
		assertThat(this.statements.count()).isEqualTo(one);
		assertThat(html.split("data-testid=\"reception-announcement\"", -1)).hasSize(ReceptionAnnouncements.LIMIT + 1);
	}

	@Test
	void listAndSessionPagesShowInBothLanguagesWithBoundedStatements() throws Exception {
		Long overdue = this.f.schedule(this.today.minusDays(3));
		this.f.schedule(this.today.plusDays(3));
		String list = "/receptions?venue=" + this.f.station.getCode();
		this.statements.reset();
		String html = this.mvc.perform(get(list).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long listStatements = this.statements.count();
		assertThat(html).contains("接待日与代表行动", "待补录", "待举行", "有 1 场活动已举行但尚未记录");
		String english = this.mvc.perform(get(list + "&lang=en").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Reception days and deputy actions", "Not recorded", "Upcoming");

		this.statements.reset();
		String session = this.mvc.perform(get("/receptions/" + overdue).with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long sessionStatements = this.statements.count();
		assertThat(session).contains("记录活动", "登记新问题", this.f.lead.getName(), "安排了活动");
		assertThat(this.mvc.perform(get("/receptions/" + overdue + "?lang=en").with(user(this.f.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Record the session", "Record a new problem", "scheduled the session");

		for (int i = 0; i < 5; i++) {
			this.f.schedule(this.today.minusDays(10 + i));
		}
		this.service.linkProblem(overdue, problem(), this.f.staff);
		this.service.record(new RecordSession(overdue, this.service.detail(overdue, this.f.staff).version(),
				Set.of(this.f.lead.getId(), this.f.third.getId()), 20, "纪要"), this.f.staff);
		this.statements.reset();
		this.mvc.perform(get(list).with(user(this.f.staff))).andExpect(status().isOk());
		assertThat(this.statements.count()).isEqualTo(listStatements).isLessThanOrEqualTo(8);
		this.statements.reset();
		this.mvc.perform(get("/receptions/" + overdue).with(user(this.f.staff))).andExpect(status().isOk());
		assertThat(this.statements.count()).isEqualTo(sessionStatements).isLessThanOrEqualTo(12);
	}

	@Test
	void aConflictingRecordIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		Long id = this.f.schedule(this.today.minusDays(1));
		long seen = this.service.detail(id, this.f.staff).version();
		this.service.record(new RecordSession(id, seen, Set.of(this.f.lead.getId()), 7, "同事先保存的纪要"), this.f.office);
		String html = this.mvc
			.perform(post("/receptions/" + id + "/record").param("version", Long.toString(seen))
				.param("attended", this.f.second.getId().toString())
				.param("votersReceived", "25")
				.param("minutes", "我刚刚输入的纪要")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("其他人已先修改了这场活动", "我刚刚输入的纪要", "value=\"25\"");
		assertThat(this.service.detail(id, this.f.staff).minutes()).isEqualTo("同事先保存的纪要");
	}

	@Test
	void aProblemRecordedOnTheSessionsPageIsLinkedAndPrefilled() throws Exception {
		Long id = this.f.schedule(this.today.minusDays(2));
		String form = this.mvc.perform(get("/receptions/" + id + "/problems/new").with(user(this.f.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains(this.f.station.getName(), this.today.minusDays(2).toString(), "接待日");
		this.mvc
			.perform(post("/receptions/" + id + "/problems/new")
				.param("requestToken", java.util.UUID.randomUUID().toString())
				.param("title", "桥面护栏松动")
				.param("description", "选民反映桥面护栏松动。")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.service.detail(id, this.f.staff).problems()).singleElement()
			.satisfies((p) -> assertThat(p.title()).isEqualTo("桥面护栏松动"))
			.satisfies((p) -> assertThat(p.source()).isEqualTo("RECEPTION_DAY"))
			.satisfies((p) -> assertThat(p.foundOn()).isEqualTo(this.today.minusDays(2)));
		this.mvc
			.perform(post("/receptions/" + id + "/problems/new")
				.param("requestToken", java.util.UUID.randomUUID().toString())
				.param("title", "")
				.param("description", "没有标题")
				.with(user(this.f.staff))
				.with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void otherCountiesAndOtherStationsFindNothing() throws Exception {
		Long id = this.f.schedule(this.today.plusDays(2));
		this.mvc.perform(get("/receptions/" + id).with(user(this.f.otherCountyStaff))).andExpect(status().isNotFound());
		this.mvc.perform(get("/receptions/" + id + "/record").with(user(this.f.otherCountyStaff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/receptions/new?venue=" + this.f.station.getCode()).with(user(this.f.otherCountyStaff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/receptions/" + id).with(user(this.f.otherStationDeputyUser)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/receptions/" + id).with(user(this.f.deputy))).andExpect(status().isOk());
		this.mvc.perform(get("/receptions/" + id + "/edit").with(user(this.f.deputy)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDeputysStationPageShowsTheNextSessionsAndTheWayToTheDutyRecord() throws Exception {
		this.f.schedule(SessionKind.RECEPTION_DAY, this.today.plusDays(4), "春访民意话发展", Set.of(this.f.second.getId()));
		String html = this.mvc.perform(get("/my-station").with(user(this.f.deputy)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("春访民意话发展", this.f.second.getName(), "我的履职档案", "/my-station/record");
		String english = this.mvc.perform(get("/my-station?lang=en").with(user(this.f.deputy)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("My duty record", "Upcoming reception days");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Long problem() {
		return this.context.getBean(org.deputyaction.suggestion.ProblemService.class)
			.record(new org.deputyaction.suggestion.ProblemCommands.RecordProblem(java.util.UUID.randomUUID(),
					this.f.station.getId(), "路灯不亮", "描述。", org.deputyaction.suggestion.ProblemSource.VISIT,
					this.today.minusDays(1), null, null, java.util.List.of()), this.f.staff)
			.id();
	}

}
