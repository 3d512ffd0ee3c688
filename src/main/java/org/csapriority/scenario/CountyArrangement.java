package org.csapriority.scenario;

import java.util.List;

/** A county-level body that leads or co-ordinates work on some issues (Kent's Safer Roads partnership). */
public record CountyArrangement(String id, String body, String role, List<String> issues, Source source) {

	public CountyArrangement {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
