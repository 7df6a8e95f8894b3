package org.deputyaction.online.internal;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the online channel's guard in front of everything else that reads a request,
 * Spring Security's filters included.
 */
@Configuration(proxyBeanMethods = false)
class OnlineConfiguration {

	/** Before Spring Security's filter chain (-100). */
	static final int GUARD_ORDER = -110;

	@Bean
	FilterRegistrationBean<IntakeGuardFilter> intakeGuardFilter(IntakeLimits limits, OnlineSettings settings) {
		FilterRegistrationBean<IntakeGuardFilter> registration = new FilterRegistrationBean<>(
				new IntakeGuardFilter(limits, settings));
		registration.addUrlPatterns("/public/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(GUARD_ORDER);
		return registration;
	}

}
