package org.deputyaction.suggestion;

/**
 * Where a problem was found: 接待日, 走访, 调研, 网上, 热线 or otherwise.
 */
public enum ProblemSource {

	RECEPTION_DAY, VISIT, SURVEY, ONLINE, HOTLINE, OTHER;

	public String messageKey() {
		return "loop.source." + name();
	}

}
