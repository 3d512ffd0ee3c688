package org.csapriority.scenario;

import java.util.List;

public record PreviousItem(String id, String name, List<String> issues, String aim) {

	public PreviousItem {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
