/**
 * Reporting: the measures the congress offices report (closure, reply, on-time reply,
 * satisfaction and solved rates, overdue and near-due counts, problems found and how they
 * ended) for any period, drilled down from the prefecture to a deputy group and by
 * handling unit, category, level and month, with the items behind every figure, charts
 * and exports. Read-only SQL over the closed loop's tables; the scope of the acting user
 * is enforced by {@link org.deputyaction.reporting.ReportService}.
 */
package org.deputyaction.reporting;
