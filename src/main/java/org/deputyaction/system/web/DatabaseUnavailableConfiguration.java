package org.deputyaction.system.web;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

	/**
	 * Just after character encoding, before the session filter (which loads sessions from
	 * the database) and Spring Security.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			ObjectProvider<ThymeleafViewResolver> viewResolvers, LocaleResolver localeResolver,
			MessageSource messageSource, DatabaseReachability database) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(viewResolvers, localeResolver, messageSource, database));
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Refuses parameters with control characters before anything reads them; after the
	 * database check, before sessions and security.
	 */
	@Bean
	FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
		FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(
				new RequestHygieneFilter());
		registration.setOrder(ORDER + 10);
		return registration;
	}

}
