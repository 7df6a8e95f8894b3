package org.deputyaction.account.internal;

import java.time.Clock;
import java.time.Duration;

import org.deputyaction.account.PasswordPolicy;
import org.deputyaction.account.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * One security configuration: public pages open, everything else signed in, each role's
 * landing page for that role, CSRF on, a content security policy without inline script or
 * style, sign-in throttled and recorded, sessions with an absolute limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableScheduling
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The anonymous voters' forms of the online channel (module {@code online}). */
	static final String[] ONLINE_FORMS = { "/public/stations/*/problems/new", "/public/homes/*/problems/new",
			"/public/issues/*" };

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), display-capture=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, SignInEvents events,
			@Value("${deputyaction.session.absolute-timeout:12h}") Duration absoluteTimeout,
			ObjectProvider<Clock> clock, ApplicationEventPublisher publisher,
			@Value("${deputyaction.metrics.token:}") String metricsToken) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/public/**", "/login", "/error", "/access-denied", "/css/**", "/js/**", "/images/**",
					"/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers(MetricsAccess.PATH)
			.access(new MetricsAccess(metricsToken))
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/office")
			.hasRole(Role.PREFECTURE_OFFICE.name())
			.requestMatchers("/county")
			.hasRole(Role.COUNTY_STAFF.name())
			.requestMatchers("/my-station", "/my-station/**")
			.hasRole(Role.DEPUTY.name())
			.requestMatchers("/unit", "/unit/**")
			.hasRole(Role.HANDLING_UNIT.name())
			.requestMatchers("/organization", "/organization/**")
			.hasAnyRole(Role.ADMIN.name(), Role.PREFECTURE_OFFICE.name(), Role.COUNTY_STAFF.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(SignInHandlers.success(throttle, events))
				.failureHandler(SignInHandlers.failure(throttle, events))
				.permitAll())
			.addFilterBefore(new SignInThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout, clock.getIfAvailable(Clock::systemUTC)),
					SecurityContextHolderFilter.class)
			// Voters' online forms carry a signed timestamp instead of a CSRF token: they
			// act
			// with no account, and a token would open a session for every visitor.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(ONLINE_FORMS))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler(
						new RecordingAccessDeniedHandler(publisher, clock.getIfAvailable(Clock::systemUTC)))
				.authenticationEntryPoint(new SignInEntryPoint()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.contentTypeOptions((nosniff) -> {
				})
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * No observation of each security filter, authentication and authorization: wrapped
	 * one by one they cost a signed-in page more than the page's own work when it is
	 * kept. Requests are still timed as a whole ({@code http.server.requests}), and
	 * sign-ins are recorded by {@link SignInEvents}.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.standard();
	}

}
