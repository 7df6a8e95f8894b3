/**
 * On-site evaluation (现场测评): at a reception day or deputy action, county staff (or the
 * prefecture office) open a short-lived evaluation of one item's reply; voters open its
 * public page through a short code or QR code and rate the result 满意 / 基本满意 / 不满意, once
 * per device, without signing in and without leaving personal data. The service at this
 * root opens and closes evaluations (checking role and county), takes the voters' ratings
 * and counts them; the voters' counts per suggestion also reach the reports' precomputed
 * measures by a database trigger (Flyway V73).
 */
package org.deputyaction.evaluation;
