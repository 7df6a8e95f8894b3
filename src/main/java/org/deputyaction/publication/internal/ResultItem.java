package org.deputyaction.publication.internal;

import java.time.LocalDate;

import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;

/**
 * A row of the handling-result list (办理效果清单): the latest reply, the deputy's rating of it
 * on both axes, and when the item was last posted.
 */
public record ResultItem(String number, String title, String venueName, String unit, String measures,
		ResultClass resultClass, LocalDate repliedOn, Boolean onTime, Satisfaction handlingWork, Satisfaction result,
		LoopStatus status, LocalDate closedOn, LocalDate postedOn, boolean publicVisible, VoterTally voters) {

	public boolean closed() {
		return this.status == LoopStatus.CLOSED;
	}

}
