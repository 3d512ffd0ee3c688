package org.csapriority.scenario;

import java.util.List;

public record HorizonItem(String id, PestelCategory category, HorizonKind kind, String text, List<String> issues,
		String date, Source source) {

	public HorizonItem {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
