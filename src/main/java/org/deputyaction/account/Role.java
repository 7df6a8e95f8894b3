package org.deputyaction.account;

/**
 * The roles of Deputy Action. Each account has exactly one.
 */
public enum Role {

	/** Users, roles, categories, holidays and settings. */
	ADMIN,
	/** 州人大代表工委: the whole prefecture. */
	PREFECTURE_OFFICE,
	/** 县市人大工作人员: bound to one county. */
	COUNTY_STAFF,
	/** 人大代表: bound to the home or station they are registered at. */
	DEPUTY,
	/** 承办单位: bound to one handling unit. */
	HANDLING_UNIT;

	public String authority() {
		return "ROLE_" + name();
	}

}
