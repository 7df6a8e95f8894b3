package org.deputyaction.suggestion;

/**
 * The lead deputy rated a reply.
 */
public record ReplyRated(Long suggestionId, Long ratingId, int round, Satisfaction handlingWork, Satisfaction result) {

}
