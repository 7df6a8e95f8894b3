package org.deputyaction.system.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;

/**
 * Answers 503 with the "temporarily unavailable" page when the database cannot be reached
 * before any controller runs: loading a signed-in user's session, the sign-in itself. It
 * sits in front of the session and security filters and renders the page itself, because
 * the usual error dispatch would look the session up again and fail again. Failures
 * inside controllers are handled by {@link ErrorPages}.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ObjectProvider<ThymeleafViewResolver> viewResolvers;

	private final LocaleResolver localeResolver;

	private final MessageSource messages;

	private final DatabaseReachability database;

	DatabaseUnavailableFilter(ObjectProvider<ThymeleafViewResolver> viewResolvers, LocaleResolver localeResolver,
			MessageSource messages, DatabaseReachability database) {
		this.viewResolvers = viewResolvers;
		this.database = database;
		this.localeResolver = localeResolver;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !this.database.explains(ex)) {
				throw ex;
			}
			log.warn("Database unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			respond(request, response);
		}
	}

	private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		Locale locale = this.localeResolver.resolveLocale(request);
		try {
			View view = resolve(locale);
			if (view != null) {
				view.render(Map.of("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE), request, response);
				return;
			}
		}
		catch (Exception ex) {
			log.debug("Could not render the unavailable page", ex);
			response.resetBuffer();
		}
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.messages.getMessage("error.503.text", null, "503 Service Unavailable", locale));
	}

	private View resolve(Locale locale) throws Exception {
		ThymeleafViewResolver resolver = this.viewResolvers.getIfAvailable();
		return (resolver != null) ? resolver.resolveViewName(ErrorPages.UNAVAILABLE_VIEW, locale) : null;
	}

}
