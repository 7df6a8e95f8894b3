package org.deputyaction.publication.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.deputyaction.system.ShortLivedCache;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered public pages that voters read most (the prefecture's page, a
 * county's, a home's or station's, with their figures and lists) for a short time, and
 * answers anonymous readers from it. Only anonymous GET requests without a session are
 * answered or stored (nothing personal, no flash message, no form token is ever in such a
 * page); each address, query and language is kept apart. Every change of the closed loop
 * and every posting empties it once saved, so that a reader on this node sees the lists
 * as they were just saved; on other nodes, and for other changes (names, on-site
 * ratings), a page is at most the time-to-live old.
 */
class PublicPageCache extends OncePerRequestFilter {

	/** The pages kept: {@code /} and {@code /public/counties|stations|homes/{code}}. */
	private static final Pattern PAGES = Pattern.compile("/|/public/(counties|stations|homes)/[^/]+");

	private final ShortLivedCache<String, Page> pages;

	private final LocaleResolver locales;

	PublicPageCache(ShortLivedCache<String, Page> pages, LocaleResolver locales) {
		this.pages = pages;
		this.locales = locales;
	}

	boolean enabled() {
		return this.pages.enabled();
	}

	/** Forgets every page. */
	void invalidate() {
		this.pages.invalidate();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled() || !"GET".equals(request.getMethod())
				|| !PAGES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
				|| request.getParameter("lang") != null || request.getSession(false) != null || !anonymous();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Page page = this.pages.find(key);
		if (page != null) {
			response.setContentType(page.contentType());
			if (page.contentLanguage() != null) {
				response.setHeader("Content-Language", page.contentLanguage());
			}
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		long before = this.pages.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
					&& wrapper.getContentType().startsWith("text/html") && request.getSession(false) == null) {
				this.pages.store(key, new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(),
						wrapper.getHeader("Content-Language")), before);
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	private String key(HttpServletRequest request) {
		Locale locale = this.locales.resolveLocale(request);
		String query = request.getQueryString();
		return locale.toLanguageTag() + " " + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	record Page(byte[] body, String contentType, String contentLanguage) {

	}

}
