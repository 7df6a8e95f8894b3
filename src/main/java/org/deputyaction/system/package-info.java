/**
 * Shared infrastructure: the embedded database, the base entity, locale, layouts and
 * error pages. Every module may use what sits at this package's root.
 */
package org.deputyaction.system;
