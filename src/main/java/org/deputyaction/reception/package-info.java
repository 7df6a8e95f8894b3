/**
 * Reception days (接待日) and deputy actions (代表行动) at deputy homes and liaison stations:
 * county staff schedule them with the deputies on duty, the venue's public page and the
 * deputy's station page announce the upcoming ones, and afterwards staff record them to
 * the closed-loop standard (资料规范): attendance, voters received, the problems found (the
 * loop's own problems, linked or recorded from the session), minutes and photos. Also the
 * deputy's duty record (履职档案) per year, built from these records and from what the closed
 * loop keeps. The services at this root check role and scope; the rest sits in
 * {@code internal} and {@code web}.
 */
package org.deputyaction.reception;
