package org.deputyaction.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in that must wait before its password is checked, so that a locked
 * account cannot be probed further, and says so on the sign-in page.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED_URL = "/login?throttled";

	private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	private final SignInEvents events;

	SignInThrottleFilter(SignInThrottle throttle, SignInEvents events) {
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.signIn.matches(request)) {
			String username = request.getParameter("username");
			if (this.throttle.isLocked(username, SignInEvents.clientAddress(request))) {
				this.events.record(request, username, SignInEvents.Outcome.THROTTLED);
				response.sendRedirect(request.getContextPath() + THROTTLED_URL);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
