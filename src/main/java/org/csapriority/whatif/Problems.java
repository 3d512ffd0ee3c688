package org.csapriority.whatif;

import java.util.ArrayList;
import java.util.List;

import org.csapriority.scenario.InputProblem;

/** The problems found in a list of changes, each naming the change by its index and field. */
final class Problems {

	private final String source;

	private final List<InputProblem> found = new ArrayList<>();

	Problems(String source) {
		this.source = source;
	}

	/** Records a problem with {@code changes[index].field}; returns false so a check can end with it. */
	boolean add(int index, String field, String message) {
		found.add(new InputProblem(source, 0, "changes[" + index + "]" + (field == null ? "" : "." + field), message));
		return false;
	}

	int count() {
		return found.size();
	}

	List<InputProblem> all() {
		return List.copyOf(found);
	}
}
