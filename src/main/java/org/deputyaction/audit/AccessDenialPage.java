package org.deputyaction.audit;

import java.util.List;

/**
 * A page of refusals, newest first, with the id to continue from (null on the last page).
 */
public record AccessDenialPage(List<AccessDenial> items, Long nextBefore) {

}
