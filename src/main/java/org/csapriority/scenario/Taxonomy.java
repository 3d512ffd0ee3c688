package org.csapriority.scenario;

import java.util.List;

public record Taxonomy(List<Issue> issues, List<Area> priorityAreas, List<Area> crossCuttingThemes,
		List<Aim> strategicAims) {

	public Taxonomy {
		issues = issues == null ? List.of() : List.copyOf(issues);
		priorityAreas = priorityAreas == null ? List.of() : List.copyOf(priorityAreas);
		crossCuttingThemes = crossCuttingThemes == null ? List.of() : List.copyOf(crossCuttingThemes);
		strategicAims = strategicAims == null ? List.of() : List.copyOf(strategicAims);
	}
}
