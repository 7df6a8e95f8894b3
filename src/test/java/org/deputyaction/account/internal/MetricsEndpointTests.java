package org.deputyaction.account.internal;

import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /actuator/prometheus} serves request timings and the connection pool's figures
 * to an administrator and to a scraper with the configured token, and to no one else.
 */
@IntegrationTest
class MetricsEndpointTests {

	@Autowired
	MockMvc mvc;

	@Test
	void scraperWithTheTokenReadsRequestTimingsAndPoolMetrics() throws Exception {
		this.mvc.perform(get("/public/about")).andExpect(status().isOk());
		String body = this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-metrics-token"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("http_server_requests_seconds_count")
			.contains("uri=\"/public/about\"")
			.contains("hikaricp_connections_active")
			.contains("hikaricp_connections_pending");
	}

	@Test
	@WithUserDetails("admin")
	void signedInAdministratorReadsTheMetrics() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
	}

	@Test
	void publicIsNotServedTheMetrics() throws Exception {
		int status = this.mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(302, 401, 403);
	}

	@Test
	void scraperWithAWrongTokenIsNotServedTheMetrics() throws Exception {
		String body = this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-metrics-tokex"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("http_server_requests");
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Basic dGVzdC1tZXRyaWNzLXRva2Vu"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	@WithUserDetails("office")
	void signedInStaffOtherThanAdministratorsAreNotServedTheMetrics() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
	}

}
