package org.csapriority.scenario;

import java.util.List;

public record PlanPriority(String id, String text, String pillar, List<String> issues, Source source) {

	public PlanPriority {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
