package org.csapriority.scenario;

import java.util.List;

/** A published phrase such as "most" or "approx. half" of the districts, resolved through band definitions. */
public record IdentificationBand(List<String> issues, String band, List<IdentificationLevel> levels,
		String statement, String period, Source source) {

	public IdentificationBand {
		issues = issues == null ? List.of() : List.copyOf(issues);
		levels = levels == null ? List.of() : List.copyOf(levels);
	}
}
