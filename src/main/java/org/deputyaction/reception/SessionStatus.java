package org.deputyaction.reception;

/**
 * Where a session stands: scheduled (announced, or passed and waiting for its record),
 * recorded afterwards, or cancelled with a reason.
 */
public enum SessionStatus {

	SCHEDULED, RECORDED, CANCELLED;

}
