package org.deputyaction.online.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client address limits count by: the request's remote address (behind a proxy, set
 * FORWARD_HEADERS_STRATEGY so that it is the voter's), an IPv6 address by its /64
 * network, since one household holds a whole /64.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return of(request.getRemoteAddr());
	}

	static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		if (remoteAddress.indexOf(':') < 0) {
			return remoteAddress;
		}
		try {
			// A literal: no name is looked up.
			byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

}
