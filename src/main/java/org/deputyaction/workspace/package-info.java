/**
 * Each role's landing page: what the signed-in user works on, drawn from the organisation
 * and the closed loop. Depends on other modules; none depends on it.
 */
package org.deputyaction.workspace;
