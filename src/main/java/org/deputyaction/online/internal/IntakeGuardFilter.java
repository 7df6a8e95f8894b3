package org.deputyaction.online.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an online submission away before its body is read (before the multipart is
 * parsed, before security, before any statement): when it is larger than a photo and the
 * text may be, or when its address or station has reached a limit. The refused request
 * goes on as a GET without body or parameters, carrying its {@link #REFUSAL}, and the
 * form's controller answers it with a polite page. A submission let through holds a
 * reservation that is given back unless the controller marks the request
 * {@link #ACCEPTED}.
 */
public class IntakeGuardFilter extends OncePerRequestFilter {

	/** Request attribute: the {@link Refusal}. */
	public static final String REFUSAL = IntakeGuardFilter.class.getName() + ".refusal";

	/** Request attribute: seconds until the refusal's count starts again. */
	public static final String RETRY_AFTER = IntakeGuardFilter.class.getName() + ".retryAfter";

	/** Request attribute the controller sets when it accepted the submission. */
	public static final String ACCEPTED = IntakeGuardFilter.class.getName() + ".accepted";

	private static final Pattern FORM = Pattern.compile("^/public/(stations|homes)/([^/]{1,60})/problems/new/?$");

	private final IntakeLimits limits;

	private final OnlineSettings settings;

	IntakeGuardFilter(IntakeLimits limits, OnlineSettings settings) {
		this.limits = limits;
		this.settings = settings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !FORM.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = FORM.matcher(path(request));
		if (!matcher.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String station = matcher.group(1) + ":" + matcher.group(2).toUpperCase(Locale.ROOT);
		String address = ClientAddress.of(request);
		Refusal refusal = (request.getContentLengthLong() > this.settings.maxRequestBytes()) ? Refusal.TOO_LARGE
				: this.limits.reserve(address, station);
		if (refusal != null) {
			refuse(request, response, chain, refusal, this.limits.retryAfterSeconds(refusal, address, station));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.getAttribute(ACCEPTED) == null) {
				this.limits.release(address, station);
			}
		}
	}

	/**
	 * Passes the refused request on as a bodiless GET, so that nothing reads (or parses)
	 * what was sent, and closes the connection rather than drain a large upload.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Refusal refusal,
			long retryAfter) throws ServletException, IOException {
		request.setAttribute(REFUSAL, refusal);
		request.setAttribute(RETRY_AFTER, retryAfter);
		response.setStatus(refusal.status());
		if (refusal.status() == 429) {
			response.setHeader("Retry-After", Long.toString(retryAfter));
		}
		response.setHeader("Connection", "close");
		chain.doFilter(new BodilessGet(request), response);
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

	/**
	 * The refused request as a GET without body or parameters, so that nothing downstream
	 * reads (or parses) what was sent.
	 */
	static final class BodilessGet extends HttpServletRequestWrapper {

		BodilessGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public String getHeader(String name) {
			return ("Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)) ? null
					: super.getHeader(name);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.emptyMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
			return new ServletInputStream() {

				@Override
				public int read() {
					return empty.read();
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// nothing to read: the listener learns at once that all data is read
					try {
						listener.onAllDataRead();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}

	}

}
