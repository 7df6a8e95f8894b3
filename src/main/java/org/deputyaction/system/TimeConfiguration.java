package org.deputyaction.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the prefecture's time zone. Code that needs "now"
 * or "today" injects it, so that tests can move time.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The time zone of the prefecture's offices. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
