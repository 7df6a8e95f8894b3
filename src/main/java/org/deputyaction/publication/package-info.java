/**
 * Publication of the three lists (三张清单) of every deputy home and liaison station: the
 * public pages of the prefecture, counties and venues with their lists and figures, dated
 * postings (公示) that never change once published, with print, PDF and a QR code to the
 * live page, the exports, and the deputy's view of their own station's lists. Reads the
 * closed loop's tables; changes nothing in them.
 */
package org.deputyaction.publication;
