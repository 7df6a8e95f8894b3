package org.deputyaction.system.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, requests whose parameters carry characters no form sends: control
 * characters other than tab and line breaks (PostgreSQL cannot even store a NUL), and
 * broken UTF-16 (a lone surrogate). Answers a request for the error page itself with 404:
 * that address only serves the container's error dispatches.
 */
class RequestHygieneFilter extends OncePerRequestFilter {

	static final String ERROR_PATH = "/error";

	private static final Logger log = LoggerFactory.getLogger(RequestHygieneFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.REQUEST
				&& ERROR_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		String offending = offendingParameter(request.getParameterMap());
		if (offending != null) {
			log.debug("Refused {} {}: parameter '{}' carries a control character or broken text", request.getMethod(),
					request.getRequestURI(), offending);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static String offendingParameter(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!isClean(parameter.getKey())) {
				return "?";
			}
			for (String value : parameter.getValue()) {
				if (!isClean(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	/**
	 * Whether the text holds only characters a person can type: no C0 control character
	 * except tab, line feed and carriage return, no DEL, no non-character U+FFFE/U+FFFF
	 * and no unpaired surrogate.
	 */
	static boolean isClean(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
