/**
 * Voters raise problems online (journey 4), without an account: the form a station's QR
 * code leads to, the confirmation with a tracking number and a private key, and the
 * tracking page the key opens. Abuse is held off here, before any heavy work: limits per
 * client address and per station, a honeypot field, a signed form timestamp with a
 * minimum fill time, size and type limits. The problems themselves are the loop's
 * ({@code suggestion} module), where staff also mark spam.
 */
package org.deputyaction.online;
