package org.deputyaction.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends anonymous requests for signed-in pages to the sign-in page, saying "session
 * expired" when the browser still carried a session that has timed out.
 */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

	SignInEntryPoint() {
		super("/login");
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
			return AbsoluteSessionTimeoutFilter.EXPIRED_URL;
		}
		return super.determineUrlToUseForThisRequest(request, response, exception);
	}

}
