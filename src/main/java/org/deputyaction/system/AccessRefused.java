package org.deputyaction.system;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request was refused for lack of permission: a 403 from the security rules or a
 * service, or a 404 for a record outside the user's scope. Published as an application
 * event on the request's thread (so the signed-in user is still known) for the audit.
 *
 * @param kind why it was refused
 * @param method the HTTP method
 * @param path the request path, without the query string
 * @param clientAddress the client's address as the server sees it
 * @param occurredAt when
 */
public record AccessRefused(Kind kind, String method, String path, String clientAddress, Instant occurredAt) {

	/**
	 * The refusal of this request.
	 */
	public static AccessRefused of(Kind kind, HttpServletRequest request, Instant occurredAt) {
		String address = request.getRemoteAddr();
		return new AccessRefused(kind, request.getMethod(), request.getRequestURI(), (address != null) ? address : "",
				occurredAt);
	}

	/**
	 * Why a request was refused.
	 */
	public enum Kind {

		/** The role may not do this (403). */
		FORBIDDEN,
		/** The record belongs to another county, station or unit (answered as 404). */
		OUT_OF_SCOPE,
		/** A form without the right CSRF token (403). */
		CSRF

	}

}
