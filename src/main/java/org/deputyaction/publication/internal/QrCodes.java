package org.deputyaction.publication.internal;

/**
 * QR codes of addresses, as PNG data URIs that a page, a print-out and a PDF all show.
 */
public final class QrCodes {

	private QrCodes() {
	}

	public static String pngDataUri(String text) {
		return org.deputyaction.system.QrCodes.pngDataUri(text);
	}

}
