package org.deputyaction.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session cookie, the same however the application is deployed: out of reach of
 * scripts (HttpOnly), not sent on cross-site requests (SameSite=Lax), and only over HTTPS
 * when {@code SECURE_COOKIES=true}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	CookieSerializer sessionCookieSerializer(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(secure);
		return serializer;
	}

	/**
	 * Writes a session attribute with an upsert: two requests of one session that set the
	 * same new attribute at once (the form token, just after signing in, when a browser
	 * loads several pages) would otherwise both insert it, and the second fail with a
	 * duplicate key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Puts {@link KeptSessionRepository} in front of the database's sessions, so that a
	 * request reads its session from memory once it knows it unchanged, and writes its
	 * access time at most once a minute. (Declaring a session repository bean instead
	 * would make Spring Boot leave the JDBC sessions unconfigured.)
	 */
	@Bean
	static BeanPostProcessor keptSessions(ObjectProvider<JdbcOperations> jdbc) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? KeptSessionRepository.over((FindByIndexNameSessionRepository<?>) sessions, jdbc.getObject())
						: bean;
			}
		};
	}

	/**
	 * Marks each request for {@link KeptSessionRepository#withinRequest}, just outside
	 * Spring Session's filter, so that a session is read once per request.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadOnce(SessionRepository<?> sessions) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (sessions instanceof KeptSessionRepository<?> kept) {
					kept.withinRequest(() -> chain.doFilter(request, response));
				}
				else {
					chain.doFilter(request, response);
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
