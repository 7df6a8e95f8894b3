/**
 * Deadline supervision and notifications: the deadline watch (near-due and overdue
 * warnings, the supervision ladder's automatic steps), every signed-in user's inbox,
 * their delivery preference, daily digests and the mail channel. Listens to the closed
 * loop's events through Spring Modulith's event publication registry, so that none is
 * lost; no other module depends on it.
 */
package org.deputyaction.notification;
