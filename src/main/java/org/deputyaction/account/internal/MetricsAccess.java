package org.deputyaction.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.deputyaction.account.Role;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the metrics ({@code /actuator/prometheus}): a signed-in administrator, or
 * a scraper that sends {@code Authorization: Bearer <token>} with the token configured in
 * {@code METRICS_TOKEN} (compared in constant time). Without a configured token only
 * administrators may; the public never. The client's address plays no part, so a reverse
 * proxy on the same host does not open the metrics to everyone.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	static final String PATH = "/actuator/prometheus";

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	MetricsAccess(String token) {
		this.token = (token == null || token.isBlank()) ? null : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(hasToken(context) || isAdministrator(authentication.get()));
	}

	private boolean hasToken(RequestAuthorizationContext context) {
		if (this.token == null) {
			return false;
		}
		String header = context.getRequest().getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(this.token, given);
	}

	private static boolean isAdministrator(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		String admin = "ROLE_" + Role.ADMIN.name();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (admin.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
