/**
 * Who changed what and when: a generic change log any module writes through
 * {@link org.deputyaction.audit.AuditLog} and shows beside the record it describes.
 */
package org.deputyaction.audit;
