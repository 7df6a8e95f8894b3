package org.deputyaction.suggestion;

/**
 * An entry of supervision: urging a unit (催办) or a progress report (进展情况).
 */
public enum SupervisionKind {

	URGING, PROGRESS_REPORT;

	public String messageKey() {
		return "loop.supervisionKind." + name();
	}

}
