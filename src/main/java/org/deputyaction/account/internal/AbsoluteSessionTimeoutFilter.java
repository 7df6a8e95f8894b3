package org.deputyaction.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than the absolute limit, however busy it has been:
 * the idle timeout alone would let a session on a shared computer live for ever. A
 * signed-in user is sent to the sign-in page with "session expired"; an anonymous session
 * is simply replaced.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	static final String EXPIRED_URL = "/login?expired";

	private final Duration limit;

	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - session.getCreationTime() > this.limit.toMillis()) {
			boolean signedIn = session
				.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
			session.invalidate();
			SecurityContextHolder.clearContext();
			if (signedIn) {
				response.sendRedirect(request.getContextPath() + EXPIRED_URL);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
