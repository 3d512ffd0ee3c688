package org.csapriority.scenario;

import java.util.List;

public record Issue(String id, String name, List<String> aliases, IssueKind kind, String description) {

	public Issue {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}
}
