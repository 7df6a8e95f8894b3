package org.deputyaction.account.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.deputyaction.system.AccessRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Every 403 (a role without the right, or a form without its CSRF token) is announced for
 * the audit of refusals, then answered with the "access denied" page as before.
 */
class RecordingAccessDeniedHandler implements AccessDeniedHandler {

	static final String ERROR_PAGE = "/access-denied";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();

	RecordingAccessDeniedHandler(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.page.setErrorPage(ERROR_PAGE);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		AccessRefused.Kind kind = (accessDeniedException instanceof CsrfException) ? AccessRefused.Kind.CSRF
				: AccessRefused.Kind.FORBIDDEN;
		this.events.publishEvent(AccessRefused.of(kind, request, this.clock.instant()));
		this.page.handle(request, response, accessDeniedException);
	}

}
