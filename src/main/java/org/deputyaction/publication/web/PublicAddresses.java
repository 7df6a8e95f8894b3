package org.deputyaction.publication.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of public pages, for QR codes: the setting
 * {@code deputyaction.publication.base-url} when given (e.g.
 * {@code https://rd.example.cn}), otherwise built from the request, which honours
 * forwarded headers when {@code server.forward-headers-strategy} is set.
 */
@Component
class PublicAddresses {

	private final String baseUrl;

	PublicAddresses(@Value("${deputyaction.publication.base-url:}") String baseUrl) {
		this.baseUrl = (baseUrl == null) ? "" : baseUrl.trim().replaceAll("/+$", "");
	}

	String absolute(HttpServletRequest request, String path) {
		if (!this.baseUrl.isEmpty()) {
			return this.baseUrl + path;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString();
	}

}
