package org.deputyaction.account.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What happens after a password is checked: the attempt is recorded and counted, a
 * success forgives the account's failures and goes on to the page asked for (or the
 * role's landing page), a failure shows "wrong user name or password" or, once the
 * account must wait, "too many attempts".
 */
final class SignInHandlers {

	static final String FAILED_URL = "/login?error";

	private SignInHandlers() {
	}

	static AuthenticationSuccessHandler success(SignInThrottle throttle, SignInEvents events) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl("/home");
		return new AuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				String username = authentication.getName();
				events.record(request, username, SignInEvents.Outcome.SUCCESS);
				throttle.recordSuccess(username, SignInEvents.clientAddress(request));
				next.onAuthenticationSuccess(request, response, authentication);
			}

		};
	}

	static AuthenticationFailureHandler failure(SignInThrottle throttle, SignInEvents events) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String username = request.getParameter("username");
			events.record(request, username, SignInEvents.Outcome.FAILURE);
			boolean locked = throttle.recordFailure(username, SignInEvents.clientAddress(request));
			response
				.sendRedirect(request.getContextPath() + (locked ? SignInThrottleFilter.THROTTLED_URL : FAILED_URL));
		};
	}

}
