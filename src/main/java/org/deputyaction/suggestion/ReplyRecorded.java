package org.deputyaction.suggestion;

import java.time.LocalDate;

/**
 * The lead unit replied (or staff recorded its reply).
 */
public record ReplyRecorded(Long suggestionId, Long replyId, Long unitId, int round, ResultClass resultClass,
		LocalDate repliedOn, boolean onTime) {

}
