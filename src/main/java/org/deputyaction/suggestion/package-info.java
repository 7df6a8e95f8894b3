/**
 * The closed loop: problems found at homes and stations, suggestions written up from
 * them, assignment to handling units, supervision, replies and the deputies' feedback,
 * with every item's timeline and attachments. The loop's one state machine is
 * {@link org.deputyaction.suggestion.LoopStatus}; the services at this package's root are
 * the only way to change an item, each checking the acting user's scope and role. Other
 * modules use the services, read models and events at this root; repositories and helpers
 * sit in {@code internal}.
 */
package org.deputyaction.suggestion;
