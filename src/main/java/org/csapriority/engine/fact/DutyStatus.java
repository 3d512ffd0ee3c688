package org.csapriority.engine.fact;

public enum DutyStatus {
	IN_FORCE("in force"),
	/** Not yet in force, but it replaces a duty that is: the obligation continues in a new form. */
	IN_TRANSITION("in transition"),
	UPCOMING("upcoming");

	private final String label;

	DutyStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
