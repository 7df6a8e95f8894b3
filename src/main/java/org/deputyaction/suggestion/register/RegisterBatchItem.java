package org.deputyaction.suggestion.register;

import org.deputyaction.suggestion.LoopStatus;

/**
 * One imported register line: its row and number in the file and what it became.
 */
public record RegisterBatchItem(int row, String registerNumber, String countyName, long problemId,
		String trackingNumber, Long suggestionId, String suggestionNumber, String title, LoopStatus status) {

}
