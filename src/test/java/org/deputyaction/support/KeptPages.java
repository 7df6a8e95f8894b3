package org.deputyaction.support;

import java.util.List;

import org.deputyaction.account.CurrentUser;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reading pages twice, for the tests of what is kept as rendered. */
public final class KeptPages {

	private KeptPages() {
	}

	/** The page at the address as the reader gets it (a new session each time). */
	public static String read(MockMvc mvc, String address, CurrentUser reader) throws Exception {
		return mvc.perform(get(address).with(user(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** What the page shows inside its {@code <main>}: what may be kept. */
	public static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	/**
	 * The statements recorded since {@link SqlStatementCounter#record()}, apart from
	 * those that keep the test's session.
	 */
	public static List<String> pageStatements(SqlStatementCounter statements) {
		return statements.recorded()
			.stream()
			.map(SqlStatementCounter.Statement::sql)
			.filter((sql) -> !sql.contains("SPRING_SESSION"))
			.toList();
	}

}
