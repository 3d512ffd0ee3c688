package org.csapriority.scenario;

import java.util.List;

/**
 * A published count such as "9 of 12 partnerships identified this issue". {@code levels} says what the
 * count includes (Kent's table mixes main priorities, cross-cutting themes and parts of broader themes);
 * {@code includes} lists issues named only inside the row's broader theme.
 */
public record IdentificationCount(String label, List<String> issues, List<String> includes, Integer count,
		Integer of, List<IdentificationLevel> levels, String period, Source source) {

	public IdentificationCount {
		issues = issues == null ? List.of() : List.copyOf(issues);
		includes = includes == null ? List.of() : List.copyOf(includes);
		levels = levels == null ? List.of() : List.copyOf(levels);
	}
}
