/**
 * The staff side of the organisation: scope rules, list queries shaped for pages, and the
 * services that create, edit, deactivate and reactivate records with a change log.
 */
package org.deputyaction.organization.internal;
