package org.deputyaction.suggestion;

/**
 * The work queues of the loop. Staff queues list their county's items (the whole
 * prefecture for the prefecture office); unit queues list a unit's own assignments;
 * {@link #SEARCH} lists every item the user may see, newest first.
 */
public enum WorkQueue {

	/** Proposed, waiting for assignment; oldest first. */
	TO_ASSIGN(Order.PROPOSED_ON, false),
	/** Open and due within the near-due days; soonest first. */
	NEAR_DUE(Order.DUE_ON, false),
	/** Open past the due date; most overdue first. */
	OVERDUE(Order.DUE_ON, false),
	/** Open, waiting for the lead unit's reply; soonest due first. */
	REPLIES_TO_RECORD(Order.DUE_ON, false),
	/** Replied, waiting for the deputy's rating; oldest reply first. */
	RATINGS_TO_COLLECT(Order.REPLIED_ON, false),
	/** A unit objected; the office decides. */
	OBJECTIONS_TO_DECIDE(Order.DUE_ON, false),
	/** An extension request is open. */
	EXTENSIONS_TO_DECIDE(Order.DUE_ON, false),
	/** Closed B and C items not yet solved. */
	FOLLOW_UP(Order.CLOSED_ON, false),
	/** Everything in scope, newest first, with the filters. */
	SEARCH(Order.NEWEST, false),
	/** A unit's assignments waiting to be signed for. */
	TO_SIGN_FOR(Order.DUE_ON, true),
	/** A unit's objections waiting for the office. */
	OBJECTIONS_PENDING(Order.DUE_ON, true),
	/** A unit's open items due within the near-due days (or overdue). */
	DUE_SOON(Order.DUE_ON, true),
	/** Open items a unit leads, waiting for its reply. */
	TO_REPLY(Order.DUE_ON, true),
	/** Open items where a unit assists and has not given its view this round. */
	VIEWS_TO_GIVE(Order.DUE_ON, true);

	enum Order {

		PROPOSED_ON("s.proposed_on"), DUE_ON("s.due_on"), REPLIED_ON("s.replied_on"), CLOSED_ON("s.closed_on"),
		NEWEST(null);

		final String column;

		Order(String column) {
			this.column = column;
		}

	}

	final Order order;

	private final boolean forUnits;

	WorkQueue(Order order, boolean forUnits) {
		this.order = order;
		this.forUnits = forUnits;
	}

	/** Whether this is a handling unit's queue. */
	public boolean isForUnits() {
		return this.forUnits;
	}

	public String messageKey() {
		return "loop.queue." + name();
	}

}
