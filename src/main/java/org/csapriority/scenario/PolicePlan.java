package org.csapriority.scenario;

import java.util.List;

public record PolicePlan(String title, String period, Source source, List<PlanPriority> priorities) {

	public PolicePlan {
		priorities = priorities == null ? List.of() : List.copyOf(priorities);
	}
}
