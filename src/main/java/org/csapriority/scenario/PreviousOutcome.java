package org.csapriority.scenario;

import java.util.List;

/** What the partnership agreed last year, so that this year's changes can be named. */
public record PreviousOutcome(String financialYear, Framework framework, Source source, List<PreviousItem> priorities,
		List<PreviousItem> crossCuttingThemes, List<PreviousItem> focusAreas) {

	public PreviousOutcome {
		priorities = priorities == null ? List.of() : List.copyOf(priorities);
		crossCuttingThemes = crossCuttingThemes == null ? List.of() : List.copyOf(crossCuttingThemes);
		focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
	}
}
