package org.csapriority.engine.fact;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Outcome {

	PRIORITY("priority", "priority"),
	CROSS_CUTTING_THEME("cross-cutting-theme", "cross-cutting theme"),
	FOCUS_AREA("focus-area", "focus area"),
	WITHIN_PRIORITY("within-priority", "within another priority"),
	REVIEW("review", "for review"),
	WATCH_LIST("watch-list", "watch list"),
	NOT_PRIORITISED("not-prioritised", "not prioritised");

	private final String id;

	private final String label;

	Outcome(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@JsonValue
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	/** Adopted into the agreement in its own right. */
	public boolean isSelected() {
		return this == PRIORITY || this == CROSS_CUTTING_THEME || this == FOCUS_AREA;
	}

	public static Outcome fromId(String id) {
		for (Outcome outcome : values()) {
			if (outcome.id.equals(id)) {
				return outcome;
			}
		}
		return null;
	}
}
