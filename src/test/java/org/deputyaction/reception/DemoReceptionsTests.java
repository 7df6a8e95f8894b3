package org.deputyaction.reception;

import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data's reception days and deputy actions at the demo deputy's station: past
 * ones recorded with problems linked, one overdue, upcoming ones announced, and the demo
 * deputy's duty record filled.
 */
@IntegrationTest
class DemoReceptionsTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("staff-lichuan")
	void theDemoStationHasRecordedOverdueAndUpcomingSessions() throws Exception {
		String html = this.mvc.perform(get("/receptions?venue=ES-LC-DT-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("已记录", "待补录", "待举行", "接待日", "代表行动");
	}

	@Test
	@WithUserDetails("deputy")
	void theDemoDeputysDutyRecordShowsTheSessionsTheyAttended() throws Exception {
		String html = this.mvc.perform(get("/my-station/record"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"duty-sessions\"");
	}

	@Test
	void theDemoStationsPublicPageAnnouncesUpcomingSessions() throws Exception {
		String html = this.mvc.perform(get("/public/stations/ES-LC-DT-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"reception-announcement\"");
	}

}
