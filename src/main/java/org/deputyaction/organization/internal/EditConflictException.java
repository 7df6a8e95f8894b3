package org.deputyaction.organization.internal;

/**
 * Someone else saved the record after the form was opened: the form's version is stale.
 */
public class EditConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditConflictException() {
		super("the record was changed by someone else");
	}

}
