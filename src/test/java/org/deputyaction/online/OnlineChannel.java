package org.deputyaction.online;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deputyaction.online.internal.FormTokens;
import org.deputyaction.organization.Venue;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Builds voters' submissions of the online form as a browser sends them: a request token
 * and a form token signed as if the form had been shown half a minute earlier, from a
 * client address of the test's own.
 */
final class OnlineChannel {

	static final String VOTER_NAME = "网上周女士";

	static final String VOTER_PHONE = "13900005678";

	private final ApplicationContext context;

	OnlineChannel(ApplicationContext context) {
		this.context = context;
	}

	/** An address no other test uses. */
	static String newAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	static String formPath(Venue station) {
		return "/public/stations/" + station.getCode() + "/problems/new";
	}

	/** A complete submission: title, description, contact and consent. */
	MockMultipartHttpServletRequestBuilder submission(Venue station, String address, String title) {
		UUID requestToken = UUID.randomUUID();
		String formToken = this.context.getBean(FormTokens.class)
			.issue(requestToken, station.getCode(), this.context.getBean(Clock.class).instant().minusSeconds(30));
		MockMultipartHttpServletRequestBuilder request = multipart(formPath(station));
		request.param("requestToken", requestToken.toString())
			.param("formToken", formToken)
			.param("title", title)
			.param("description", "路口的路灯坏了一个多月,晚上很黑。")
			.param("contactName", VOTER_NAME)
			.param("contactPhone", VOTER_PHONE)
			.param("consent", "true")
			.param("website", "")
			.with((r) -> {
				r.setRemoteAddr(address);
				return r;
			});
		return request;
	}

	/** Sets a field of a submission to another value (or none). */
	static RequestPostProcessor field(String name, String value) {
		return (request) -> {
			if (value == null) {
				request.removeParameter(name);
			}
			else {
				request.setParameter(name, value);
			}
			return request;
		};
	}

	static String trackingNumber(String page) {
		return testId(page, "tracking-number");
	}

	static String key(String page) {
		return testId(page, "tracking-key");
	}

	private static String testId(String page, String id) {
		Matcher matcher = Pattern.compile("data-testid=\"" + id + "\">([^<]+)<").matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no " + id + " on the page");
		}
		return matcher.group(1).strip();
	}

}
