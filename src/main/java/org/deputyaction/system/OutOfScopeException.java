package org.deputyaction.system;

/**
 * The record exists but lies outside what this user may see (another county, station or
 * unit). Answered exactly like {@link NotFoundException}, so that users learn nothing
 * from it; only the audit of refusals tells the two apart.
 */
public class OutOfScopeException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public OutOfScopeException() {
		super();
	}

}
