package org.deputyaction.suggestion;

import java.time.Instant;

/**
 * One timeline entry as a page shows it.
 */
public record TimelineView(Long id, Instant occurredAt, String actorName, String actorRole, TimelineAction action,
		LoopStatus fromStatus, LoopStatus toStatus, String detail, Long problemId) {

	static TimelineView of(TimelineEntry entry) {
		return new TimelineView(entry.getId(), entry.getOccurredAt(), entry.getActorName(), entry.getActorRole(),
				entry.getAction(), entry.getFromStatus(), entry.getToStatus(), entry.getDetail(), entry.getProblemId());
	}

	public boolean changedStatus() {
		return this.fromStatus != this.toStatus;
	}

}
