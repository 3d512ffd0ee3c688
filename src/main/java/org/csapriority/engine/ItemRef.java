package org.csapriority.engine;

import java.util.List;

/** An item of the assessment as a compliance finding refers to it. */
public record ItemRef(String id, String name, String outcome, String within, List<String> aims) {

	public String describe() {
		StringBuilder text = new StringBuilder(name).append(" (").append(within != null ? "within " + within : outcome);
		if (!aims.isEmpty()) {
			text.append(" under ").append(String.join(" and ", aims));
		}
		return text.append(')').toString();
	}
}
