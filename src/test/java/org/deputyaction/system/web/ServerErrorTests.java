package org.deputyaction.system.web;

import java.io.IOException;

import org.apache.catalina.connector.ClientAbortException;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ServerErrorTests {

	@Autowired
	ErrorPages pages;

	@Test
	void aClientThatWentAwayMidAnswerGetsNothingRendered() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView view = this.pages.serverError(new ClientAbortException(new IOException("Broken pipe")),
				new MockHttpServletRequest("GET", "/css/app.css"), response);
		assertThat(view).isNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void anyOtherUnexpectedErrorIsTheServerErrorPage() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView view = this.pages.serverError(new IllegalStateException("unexpected"),
				new MockHttpServletRequest("GET", "/work"), response);
		assertThat(view.getViewName()).isEqualTo("error/500");
		assertThat(response.getStatus()).isEqualTo(500);
	}

}
