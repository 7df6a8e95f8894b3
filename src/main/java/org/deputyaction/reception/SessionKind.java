package org.deputyaction.reception;

/**
 * What kind of session: the monthly reception of voters (接待日) or the quarterly deputy
 * action (代表行动), often on a theme.
 */
public enum SessionKind {

	RECEPTION_DAY, DEPUTY_ACTION;

	public String messageKey() {
		return "reception.kind." + name();
	}

}
